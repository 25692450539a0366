#include "dialogs/applicationdialog.h"

#include "approval/applicationrules.h"
#include "approval/approvalstore.h"
#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "models/personpickmodel.h"
#include "policy/policyrules.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"
#include "registry/personstore.h"
#include "visit/visitfollowup.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"
#include "widgets/screenfit.h"
#include "widgets/searchtolist.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
// The first date of an optional date field: shown as "not entered", read as no date.
const QDate kNoDate(1900, 1, 1);

QDateEdit* dateEdit(const QDate& d, const char* name, QWidget* parent)
{
    auto* e = new QDateEdit(d, parent);
    e->setObjectName(QLatin1String(name));
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}

// A date the clerk may leave empty: it starts empty, never at some made-up date.
QDateEdit* optionalDateEdit(const char* name, const QString& emptyText, QWidget* parent)
{
    auto* e = dateEdit(kNoDate, name, parent);
    e->setMinimumDate(kNoDate);
    e->setSpecialValueText(emptyText);
    e->setDate(kNoDate);
    e->setToolTip(ApplicationDialog::tr("Empty until entered; Delete empties it again."));
    return e;
}

QDate optionalDate(const QDateEdit* e)
{
    return e->date() == e->minimumDate() ? QDate() : e->date();
}

QWidget* rowOf(QWidget* parent, std::initializer_list<std::pair<QWidget*, int>> widgets)
{
    auto* row = new QWidget(parent);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    for (const auto& [w, stretch] : widgets) {
        if (w)
            h->addWidget(w, stretch);
        else
            h->addStretch(stretch);
    }
    return row;
}

// Which fields an application of a type asks for (ApplicationRules::problems reads the same).
struct FieldSet
{
    bool category = false;
    bool grade = false;    // grade and nature
    bool survivor = false; // relation and the serviceman's name
    bool service = false;  // enlisted and discharged
    bool amount = false;
    bool stop = false;
};

FieldSet fieldsFor(core::ApplicationType t, const core::Category* c)
{
    using T = core::ApplicationType;
    FieldSet f;
    f.category = t == T::Recognition || t == T::DisabilityGrade || t == T::StandardChange;
    f.grade = t == T::DisabilityGrade || (t == T::Recognition && c && c->needsDisability);
    f.survivor = t == T::Recognition && c && c->needsSurvivor;
    f.service = t == T::Recognition && c && c->needsService;
    f.amount = t == T::TemporaryAssistance;
    f.stop = t == T::StopBenefits;
    return f;
}
} // namespace

ApplicationDialog::ApplicationDialog(Session& session, qint64 applicationId, qint64 personId,
                                     QWidget* parent)
    : QDialog(parent), m_session(session), m_id(applicationId)
{
    setObjectName(QStringLiteral("applicationDialog"));
    setWindowTitle(applicationId ? tr("Amend application") : tr("New application"));
    resizeWithinScreen(this, QSize(760, 820));
    m_categories = core::CategoryStore(*session.db).all();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        makeDialogHeader(windowTitle(),
                         tr("The benefit follows from the policy book; without a basis there the "
                            "application cannot be submitted."),
                         this));
    // The fields scroll on a low screen (1280×680); the hints and buttons below stay in view.
    auto* fields = new QWidget(this);
    m_form = new QFormLayout(fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    QFormLayout* form = m_form;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Type a name or part of the citizen ID"));
    form->addRow(tr("&Person:"), m_search);
    m_pick = new PersonPickModel(*session.db, PersonPickModel::Layout::OneLine, this);
    m_matches = new QListView(this);
    m_matches->setObjectName(QStringLiteral("personMatches"));
    m_matches->setModel(m_pick);
    m_matches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matches->setFixedHeight(m_matches->fontMetrics().height() * 4 + 12); // fixed: nothing moves
    form->addRow(QString(), m_matches);
    m_personLabel = new QLabel(this);
    m_personLabel->setObjectName(QStringLiteral("personLabel"));
    m_personLabel->setStyleSheet(QStringLiteral("font-weight: bold; color: #23324a;"));
    // One line reserved before a person is chosen, so that choosing one moves nothing.
    m_personLabel->setFixedHeight(m_personLabel->fontMetrics().lineSpacing() + 4);
    m_personLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    form->addRow(QString(), m_personLabel);
    // An application drafted from a visit's follow-up names the visit.
    if (m_id > 0)
        if (auto visitId = core::VisitFollowUp(*session.db).visitOfApplication(m_id);
            visitId && visitId.value() > 0)
            if (auto v = core::VisitStore(*session.db).visit(visitId.value())) {
                auto* origin =
                    new QLabel(tr("Drafted from the visit of %1 (%2): %3")
                                   .arg(core::chineseDate(v->date),
                                        core::VisitRules::formTitle(v->form), v->demands),
                               this);
                origin->setObjectName(QStringLiteral("visitOrigin"));
                origin->setWordWrap(true);
                form->addRow(QString(), origin);
            }

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (core::ApplicationType t : core::ApplicationRules::allTypes())
        m_type->addItem(core::ApplicationRules::typeTitle(t), int(t));
    form->addRow(tr("&Type:"), m_type);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(QString(), QString());
    for (const core::Category& c : m_categories)
        m_category->addItem(c.name, c.code);
    form->addRow(tr("&Category:"), m_category);
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->addItem(QString(), 0);
    for (int g = 1; g <= 10; ++g)
        m_grade->addItem(core::CategoryRules::gradeTitle(g), g);
    m_nature = new QComboBox(this);
    m_nature->setObjectName(QStringLiteral("nature"));
    m_nature->addItem(QString());
    m_nature->addItems(core::CategoryRules::natures());
    m_gradeRow = rowOf(this, {{m_grade, 0}, {m_nature, 0}, {nullptr, 1}});
    form->addRow(tr("Grade and nature:"), m_gradeRow);
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("relation"));
    m_relation->addItem(QString());
    m_relation->addItems(core::CategoryRules::survivorRelations());
    m_serviceman = new QLineEdit(this);
    m_serviceman->setObjectName(QStringLiteral("serviceman"));
    m_serviceman->setPlaceholderText(tr("name of the martyr or deceased serviceman"));
    m_survivorRow = rowOf(this, {{m_relation, 0}, {m_serviceman, 1}});
    form->addRow(tr("Survivor of:"), m_survivorRow);
    m_enlisted = optionalDateEdit("enlisted", tr("not entered"), this);
    m_discharged = optionalDateEdit("discharged", tr("not entered"), this);
    m_serviceRow = rowOf(
        this, {{m_enlisted, 0}, {new QLabel(tr("to"), this), 0}, {m_discharged, 0}, {nullptr, 1}});
    form->addRow(tr("Service:"), m_serviceRow);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("yuan"));
    form->addRow(tr("&Assistance requested:"), m_amount);
    m_assistanceReason = new QComboBox(this);
    m_assistanceReason->setObjectName(QStringLiteral("assistanceReason"));
    m_assistanceReason->addItem(QString(), QString());
    for (const QString& key : core::ApplicationRules::assistanceReasonKeys())
        m_assistanceReason->addItem(core::ApplicationRules::assistanceReasonTitle(key), key);
    form->addRow(tr("Why assistance is &needed:"), m_assistanceReason);
    m_stop = new QComboBox(this);
    m_stop->setObjectName(QStringLiteral("stopStatus"));
    m_stop->addItem(tr("Death"), QStringLiteral("deceased"));
    m_stop->addItem(tr("Moving away"), QStringLiteral("moved"));
    form->addRow(tr("Benefits stop because of:"), m_stop);
    m_effective = dateEdit(session.db->clock().today(), "effectiveDate", this);
    form->addRow(tr("&Effective date:"), m_effective);
    m_request = new QLineEdit(this);
    m_request->setObjectName(QStringLiteral("request"));
    m_request->setPlaceholderText(tr("left empty, the program writes it"));
    form->addRow(tr("Re&quest:"), m_request);
    m_facts = new QPlainTextEdit(this);
    m_facts->setTabChangesFocus(true);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setFixedHeight(90);
    form->addRow(tr("&Facts:"), m_facts);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setFixedHeight(70);
    form->addRow(tr("&Reason:"), m_reason);
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setFixedHeight(80);
    form->addRow(tr("Supporting documents:"), m_documents);
    auto* fieldsArea = new QScrollArea(this);
    fieldsArea->setObjectName(QStringLiteral("fieldsArea"));
    fieldsArea->setWidget(fields);
    fieldsArea->setWidgetResizable(true);
    fieldsArea->setFrameShape(QFrame::NoFrame);
    fieldsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(fieldsArea, 1);

    // The hints live in a fixed area: however many lines they have, the fields stay put.
    const int line = fontMetrics().lineSpacing();
    m_benefit = new QLabel(this);
    m_benefit->setObjectName(QStringLiteral("benefitLabel"));
    m_benefit->setWordWrap(true);
    m_benefit->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_benefit->setStyleSheet(QStringLiteral("font-weight: bold; color: #23324a;"));
    m_benefit->setFixedHeight(line * 2 + 4);
    layout->addWidget(m_benefit);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problems->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    auto* problemsArea = new QScrollArea(this);
    problemsArea->setObjectName(QStringLiteral("problemsArea"));
    problemsArea->setWidget(m_problems);
    problemsArea->setWidgetResizable(true);
    problemsArea->setFrameShape(QFrame::NoFrame);
    problemsArea->setFixedHeight(line * 4 + 6);
    layout->addWidget(problemsArea);
    m_error = makeErrorLabel(this);
    m_error->setFixedHeight(line * 2 + 4);
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QSizePolicy keep = m_error->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_error->setSizePolicy(keep);
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    auto* save = box->addButton(tr("&Save draft"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveDraft"));
    m_submit = box->addButton(tr("Su&bmit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    box->addButton(QDialogButtonBox::Cancel);
    for (QPushButton* b : box->findChildren<QPushButton*>())
        b->setAutoDefault(false); // Enter in the search picks a person, it does not save
    layout->addWidget(box);
    connect(save, &QPushButton::clicked, this, [this] {
        if (confirmDocuments() && saveDraft())
            accept();
    });
    connect(m_submit, &QPushButton::clicked, this, &ApplicationDialog::submit);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ApplicationDialog::searchPersons);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    m_search->installEventFilter(this);
    m_matches->installEventFilter(this);
    // Installed after this dialog's own filter, so it sees Down first.
    searchToList(m_search, m_matches, {}, [this] {
        if (m_searchDelay->isActive())
            searchNow();
    });
    for (QDateEdit* e : {m_enlisted, m_discharged}) {
        e->installEventFilter(this);
        e->calendarWidget()->installEventFilter(this);
    }
    connect(m_matches, &QListView::clicked, this, &ApplicationDialog::pickMatch);
    connect(m_matches, &QListView::activated, this, &ApplicationDialog::pickMatch);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateFields);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateFields);
    for (QComboBox* c : {m_grade, m_nature, m_relation, m_stop, m_assistanceReason})
        connect(c, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateBenefit);
    for (QLineEdit* e : {m_amount, m_serviceman})
        connect(e, &QLineEdit::textChanged, this, &ApplicationDialog::updateBenefit);
    for (QDateEdit* e : {m_effective, m_enlisted, m_discharged})
        connect(e, &QDateEdit::dateChanged, this, &ApplicationDialog::updateBenefit);
    for (QPlainTextEdit* e : {m_facts, m_reason})
        connect(e, &QPlainTextEdit::textChanged, this, &ApplicationDialog::updateBenefit);

    if (m_id > 0) {
        auto a = core::ApprovalStore(*session.db).byId(m_id);
        if (a) {
            const core::ApplicationDraft& d = a->draft;
            m_type->setCurrentIndex(m_type->findData(int(d.type)));
            m_category->setCurrentIndex(std::max(0, m_category->findData(d.categoryCode)));
            m_grade->setCurrentIndex(std::max(0, m_grade->findData(d.grade)));
            m_nature->setCurrentText(d.nature);
            m_relation->setCurrentText(d.relation);
            m_serviceman->setText(d.servicemanName);
            if (d.enlistedOn.isValid())
                m_enlisted->setDate(d.enlistedOn);
            if (d.dischargedOn.isValid())
                m_discharged->setDate(d.dischargedOn);
            if (d.requestedAmountFen > 0)
                m_amount->setText(core::PolicyRules::yuan(d.requestedAmountFen));
            m_stop->setCurrentIndex(std::max(0, m_stop->findData(d.stopStatus)));
            m_assistanceReason->setCurrentIndex(
                std::max(0, m_assistanceReason->findData(d.assistanceReason)));
            m_effective->setDate(d.effectiveDate);
            m_request->setText(d.requestedChange);
            m_facts->setPlainText(d.facts);
            m_reason->setPlainText(d.reason);
            setPerson(d.personId);
            for (int i = 0; i < m_documents->count(); ++i)
                if (d.documentIds.contains(m_documents->item(i)->data(Qt::UserRole).toLongLong()))
                    m_documents->item(i)->setCheckState(Qt::Checked);
        } else {
            showError(m_error, a.error());
        }
        // The person of an application on file does not change.
        form->setRowVisible(m_search, false);
        form->setRowVisible(m_matches, false);
    } else if (personId > 0) {
        setPerson(personId);
    }
    updateFields();
    if (m_id == 0)
        (m_personId > 0 ? static_cast<QWidget*>(m_type) : m_search)->setFocus(Qt::OtherFocusReason);
}

void ApplicationDialog::searchNow()
{
    m_searchDelay->stop();
    searchPersons();
}

void ApplicationDialog::searchPersons()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_pick->clear();
        return;
    }
    core::RegistryQuery q;
    q.text = text;
    m_pick->setQuery(q);
    if (m_pick->rowCount() == 0) {
        showError(m_error, tr("Nobody in the registry matches “%1”.").arg(text));
        return;
    }
    showError(m_error, QString());
    m_matches->setCurrentIndex(m_pick->index(0, 0));
}

void ApplicationDialog::pickMatch(const QModelIndex& index)
{
    const qint64 id = index.isValid() ? m_pick->personIdAt(index.row()) : 0;
    if (id > 0 && id != m_personId)
        setPerson(id);
}

bool ApplicationDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Delete empties a service date; the calendar of an empty one opens near the service
    // years, not in 1900. (calendarWidget() only here: it creates the popup on first call.)
    auto* dateEdit = qobject_cast<QDateEdit*>(watched);
    if ((dateEdit == m_enlisted || dateEdit == m_discharged) && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Delete) {
        dateEdit->setDate(dateEdit->minimumDate());
        return true;
    }
    if (event->type() == QEvent::Show && qobject_cast<QCalendarWidget*>(watched)) {
        for (QDateEdit* e : {m_enlisted, m_discharged})
            if (watched == e->calendarWidget() && !optionalDate(e).isValid()) {
                const QDate other = optionalDate(e == m_enlisted ? m_discharged : m_enlisted);
                const int year = other.isValid()   ? other.year()
                                 : m_birthYear > 0 ? m_birthYear + 18
                                                   : 1970;
                e->calendarWidget()->setCurrentPage(year, 1);
            }
    }
    if (event->type() == QEvent::KeyPress && (watched == m_search || watched == m_matches)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Enter in the search: search now, and take the person chosen in the list.
            if (watched == m_search && (m_searchDelay->isActive() || m_pick->rowCount() == 0))
                searchNow();
            pickMatch(m_matches->currentIndex());
            return true;
        }
        if (watched == m_search && (key == Qt::Key_Down || key == Qt::Key_Up) &&
            m_pick->rowCount() > 0) {
            m_matches->setFocus(Qt::TabFocusReason);
            return false;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ApplicationDialog::setPerson(qint64 personId)
{
    auto p = core::PersonStore(*m_session.db).byId(personId);
    if (!p) {
        showError(m_error, p.error());
        return;
    }
    m_personId = personId;
    m_birthYear = p->birthDate.isValid() ? p->birthDate.year() : 0;
    // Name · masked ID · birth year · township: never the full birth date beside a masked ID.
    QStringList parts{p->name, p->maskedCitizenId};
    if (p->birthDate.isValid())
        parts << tr("born %1").arg(p->birthDate.year());
    parts << p->townshipName + p->villageName;
    if (!p->categoriesSummary.isEmpty())
        parts << p->categoriesSummary;
    m_personLabel->setText(parts.join(QStringLiteral(" · ")));
    m_personLabel->setToolTip(m_personLabel->text());
    m_documents->clear();
    const auto verified = core::ApprovalStore(*m_session.db).verifiedDocuments(personId);
    if (!verified)
        new QListWidgetItem(verified.error(), m_documents);
    for (const core::SupportingDocument& d :
         verified ? verified.value() : QList<core::SupportingDocument>()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1《%2》%3页").arg(d.kindName, d.title).arg(d.pages), m_documents);
        item->setData(Qt::UserRole, d.documentId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_documents->count() == 0)
        new QListWidgetItem(tr("(no verified archive entries)"), m_documents);
    updateBenefit();
}

const core::Category* ApplicationDialog::currentCategory() const
{
    const QString code = m_category->currentData().toString();
    for (const core::Category& c : m_categories)
        if (c.code == code)
            return &c;
    return nullptr;
}

void ApplicationDialog::updateFields()
{
    const auto t = core::ApplicationType(m_type->currentData().toInt());
    using T = core::ApplicationType;
    if (t == T::DisabilityGrade) {
        const core::Category* c = currentCategory();
        if (!c || !c->needsDisability) {
            const QSignalBlocker block(m_category);
            m_category->setCurrentIndex(
                std::max(0, m_category->findData(QStringLiteral("disabled_serviceman"))));
        }
    }
    const FieldSet f = fieldsFor(t, currentCategory());
    m_form->setRowVisible(m_category, f.category);
    m_form->setRowVisible(m_gradeRow, f.grade);
    m_form->setRowVisible(m_survivorRow, f.survivor);
    m_form->setRowVisible(m_serviceRow, f.service);
    m_form->setRowVisible(m_amount, f.amount);
    m_form->setRowVisible(m_assistanceReason, f.amount);
    m_form->setRowVisible(m_stop, f.stop);
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_effective)))
        label->setText(t == T::StopBenefits ? tr("Date of &death or moving away:")
                                            : tr("&Effective date:"));
    updateBenefit();
}

core::ApplicationDraft ApplicationDialog::collect() const
{
    core::ApplicationDraft d;
    d.type = core::ApplicationType(m_type->currentData().toInt());
    d.personId = m_personId;
    const FieldSet f = fieldsFor(d.type, currentCategory());
    if (f.category)
        d.categoryCode = m_category->currentData().toString();
    if (f.grade) {
        d.grade = m_grade->currentData().toInt();
        d.nature = m_nature->currentText();
    }
    if (f.survivor) {
        d.relation = m_relation->currentText();
        d.servicemanName = m_serviceman->text().trimmed();
    }
    if (f.service) {
        d.enlistedOn = optionalDate(m_enlisted);
        d.dischargedOn = optionalDate(m_discharged);
    }
    if (f.amount) {
        core::PolicyRules::parseYuan(m_amount->text(), &d.requestedAmountFen);
        d.assistanceReason = m_assistanceReason->currentData().toString();
    }
    if (f.stop)
        d.stopStatus = m_stop->currentData().toString();
    d.effectiveDate = m_effective->date();
    d.requestedChange = m_request->text();
    d.facts = m_facts->toPlainText();
    d.reason = m_reason->toPlainText();
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() == Qt::Checked)
            d.documentIds << m_documents->item(i)->data(Qt::UserRole).toLongLong();
    return d;
}

void ApplicationDialog::updateBenefit()
{
    if (m_personId <= 0) {
        m_benefit->setText(tr("Choose the person first: type a name or part of the citizen ID."));
        m_problems->clear();
        m_submit->setEnabled(false);
        return;
    }
    core::ApprovalStore store(*m_session.db);
    const core::ApplicationDraft d = collect();
    const auto b = store.computeBenefit(d);
    if (!b)
        m_benefit->setText(tr("No basis in the policy book: %1").arg(b.error()));
    else if (b->annualFen > 0)
        m_benefit->setText(tr("Benefit: %1 yuan a year from %2\nBasis: %3")
                               .arg(core::PolicyRules::yuan(b->annualFen),
                                    d.effectiveDate.toString(Qt::ISODate), b->basis));
    else if (b->oneOffFen > 0)
        m_benefit->setText(tr("Benefit: %1 yuan once\nBasis: %2")
                               .arg(core::PolicyRules::yuan(b->oneOffFen), b->basis));
    else
        m_benefit->setText(b->basis);
    m_benefit->setToolTip(m_benefit->text());
    const QStringList problems = store.check(d);
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("Before it can be submitted:") + QStringLiteral("\n• ") +
                                  problems.join(QStringLiteral("\n• ")));
    m_submit->setEnabled(problems.isEmpty());
}

// The printed form says "证明材料 无" when nothing is attached: the clerk decides knowingly.
bool ApplicationDialog::confirmDocuments()
{
    if (m_personId <= 0 || !collect().documentIds.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("No supporting documents"),
                    tr("No supporting document is attached; the approval form will print "
                       "“Supporting documents: none”. Continue anyway?"),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("noDocumentsWarning"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

bool ApplicationDialog::saveDraft()
{
    core::ApprovalStore store(*m_session.db);
    const core::ApplicationDraft d = collect();
    if (m_personId <= 0) {
        showError(m_error, tr("Choose the person first: type a name or part of the citizen ID."));
        return false;
    }
    if (m_id == 0) {
        auto id = store.create(m_session.actor, d);
        if (!id) {
            showError(m_error, id.error());
            return false;
        }
        m_id = id.value();
    } else if (core::Status s = store.amend(m_session.actor, m_id, d); !s) {
        showError(m_error, s.error());
        return false;
    }
    return true;
}

void ApplicationDialog::submit()
{
    if (!confirmDocuments() || !saveDraft())
        return;
    if (core::Status s = core::ApprovalStore(*m_session.db).submit(m_session.actor, m_id); !s) {
        showError(m_error, s.error());
        return;
    }
    m_submitted = true;
    accept();
}

} // namespace youfu::ui
