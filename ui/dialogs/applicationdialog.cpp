#include "dialogs/applicationdialog.h"

#include "approval/applicationrules.h"
#include "approval/approvalstore.h"
#include "dialogs/dialogparts.h"
#include "policy/policyrules.h"
#include "registry/categoryrules.h"
#include "registry/categorystore.h"
#include "registry/personstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QDateEdit* dateEdit(const QDate& d, const char* name, QWidget* parent)
{
    auto* e = new QDateEdit(d.isValid() ? d : QDate(1970, 1, 1), parent);
    e->setObjectName(QLatin1String(name));
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}
} // namespace

ApplicationDialog::ApplicationDialog(Session& session, qint64 applicationId, qint64 personId, QWidget* parent)
    : QDialog(parent), m_session(session), m_id(applicationId)
{
    setWindowTitle(applicationId ? tr("Amend application") : tr("New application"));
    resize(760, 760);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(windowTitle(),
                                       tr("The benefit follows from the policy book; without a basis there the "
                                          "application cannot be submitted."),
                                       this));
    auto* form = new QFormLayout;
    auto* personRow = new QHBoxLayout;
    m_citizenId = new QLineEdit(this);
    m_citizenId->setObjectName(QStringLiteral("citizenId"));
    m_citizenId->setPlaceholderText(tr("citizen ID number"));
    auto* find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findPerson"));
    m_personLabel = new QLabel(this);
    m_personLabel->setObjectName(QStringLiteral("personLabel"));
    personRow->addWidget(m_citizenId, 1);
    personRow->addWidget(find);
    form->addRow(tr("Person:"), personRow);
    form->addRow(QString(), m_personLabel);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (core::ApplicationType t : core::ApplicationRules::allTypes())
        m_type->addItem(core::ApplicationRules::typeTitle(t), int(t));
    form->addRow(tr("&Type:"), m_type);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_category->addItem(QString(), QString());
    for (const core::Category& c : core::CategoryStore(*session.db).all())
        m_category->addItem(c.name, c.code);
    form->addRow(tr("&Category:"), m_category);
    auto* gradeRow = new QHBoxLayout;
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->addItem(QString(), 0);
    for (int g = 1; g <= 10; ++g)
        m_grade->addItem(core::CategoryRules::gradeTitle(g), g);
    m_nature = new QComboBox(this);
    m_nature->setObjectName(QStringLiteral("nature"));
    m_nature->addItem(QString());
    m_nature->addItems(core::CategoryRules::natures());
    gradeRow->addWidget(m_grade);
    gradeRow->addWidget(m_nature);
    form->addRow(tr("Grade and nature:"), gradeRow);
    auto* survivorRow = new QHBoxLayout;
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("relation"));
    m_relation->addItem(QString());
    m_relation->addItems(core::CategoryRules::survivorRelations());
    m_serviceman = new QLineEdit(this);
    m_serviceman->setObjectName(QStringLiteral("serviceman"));
    m_serviceman->setPlaceholderText(tr("serviceman's name"));
    survivorRow->addWidget(m_relation);
    survivorRow->addWidget(m_serviceman, 1);
    form->addRow(tr("Survivor of:"), survivorRow);
    auto* serviceRow = new QHBoxLayout;
    m_enlisted = dateEdit(QDate(), "enlisted", this);
    m_discharged = dateEdit(QDate(), "discharged", this);
    serviceRow->addWidget(m_enlisted);
    serviceRow->addWidget(new QLabel(tr("to"), this));
    serviceRow->addWidget(m_discharged);
    form->addRow(tr("Service:"), serviceRow);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("yuan"));
    form->addRow(tr("&Assistance requested:"), m_amount);
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
    form->addRow(tr("&Request:"), m_request);
    m_facts = new QPlainTextEdit(this);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setMaximumHeight(90);
    form->addRow(tr("F&acts:"), m_facts);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaximumHeight(70);
    form->addRow(tr("&Reason:"), m_reason);
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setMaximumHeight(80);
    form->addRow(tr("Supporting documents:"), m_documents);
    layout->addLayout(form);

    m_benefit = new QLabel(this);
    m_benefit->setObjectName(QStringLiteral("benefitLabel"));
    m_benefit->setWordWrap(true);
    m_benefit->setStyleSheet(QStringLiteral("font-weight: bold; color: #23324a;"));
    layout->addWidget(m_benefit);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    layout->addWidget(m_problems);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    auto* save = box->addButton(tr("&Save draft"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveDraft"));
    m_submit = box->addButton(tr("Su&bmit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("submit"));
    box->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(box);
    connect(save, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            accept();
    });
    connect(m_submit, &QPushButton::clicked, this, &ApplicationDialog::submit);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(find, &QPushButton::clicked, this, &ApplicationDialog::findPerson);
    connect(m_citizenId, &QLineEdit::returnPressed, this, &ApplicationDialog::findPerson);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ApplicationDialog::updateFields);
    for (QComboBox* c : {m_category, m_grade, m_nature, m_relation, m_stop})
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
            m_effective->setDate(d.effectiveDate);
            m_request->setText(d.requestedChange);
            m_facts->setPlainText(d.facts);
            m_reason->setPlainText(d.reason);
            setPerson(d.personId);
            for (int i = 0; i < m_documents->count(); ++i)
                if (d.documentIds.contains(m_documents->item(i)->data(Qt::UserRole).toLongLong()))
                    m_documents->item(i)->setCheckState(Qt::Checked);
        }
        m_citizenId->setEnabled(false);
        find->setEnabled(false);
    } else if (personId > 0) {
        setPerson(personId);
    }
    updateFields();
}

void ApplicationDialog::findPerson()
{
    auto p = core::PersonStore(*m_session.db).byCitizenId(m_citizenId->text());
    if (!p) {
        showError(m_error, p.error());
        return;
    }
    showError(m_error, QString());
    setPerson(p->id);
}

void ApplicationDialog::setPerson(qint64 personId)
{
    auto p = core::PersonStore(*m_session.db).byId(personId);
    if (!p)
        return;
    m_personId = personId;
    m_citizenId->setText(p->maskedCitizenId);
    m_personLabel->setText(QStringLiteral("%1　%2　%3　%4").arg(p->name, p->townshipName, p->villageName,
                                                               p->categoriesSummary));
    m_documents->clear();
    const auto verified = core::ApprovalStore(*m_session.db).verifiedDocuments(personId);
    if (!verified)
        new QListWidgetItem(verified.error(), m_documents);
    for (const core::SupportingDocument& d :
         verified ? verified.value() : QList<core::SupportingDocument>()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1《%2》%3页").arg(d.kindName, d.title).arg(d.pages), m_documents);
        item->setData(Qt::UserRole, d.documentId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_documents->count() == 0)
        new QListWidgetItem(tr("(no verified archive entries)"), m_documents);
    updateBenefit();
}

void ApplicationDialog::updateFields()
{
    const auto t = core::ApplicationType(m_type->currentData().toInt());
    using T = core::ApplicationType;
    m_category->setEnabled(t == T::Recognition || t == T::DisabilityGrade || t == T::StandardChange);
    const bool grade = t == T::Recognition || t == T::DisabilityGrade;
    m_grade->setEnabled(grade);
    m_nature->setEnabled(grade);
    m_relation->setEnabled(t == T::Recognition);
    m_serviceman->setEnabled(t == T::Recognition);
    m_enlisted->setEnabled(t == T::Recognition);
    m_discharged->setEnabled(t == T::Recognition);
    m_amount->setEnabled(t == T::TemporaryAssistance);
    m_stop->setEnabled(t == T::StopBenefits);
    if (t == T::DisabilityGrade)
        m_category->setCurrentIndex(m_category->findData(QStringLiteral("disabled_serviceman")));
    updateBenefit();
}

core::ApplicationDraft ApplicationDialog::collect() const
{
    core::ApplicationDraft d;
    d.type = core::ApplicationType(m_type->currentData().toInt());
    d.personId = m_personId;
    using T = core::ApplicationType;
    if (m_category->isEnabled())
        d.categoryCode = m_category->currentData().toString();
    if (m_grade->isEnabled()) {
        d.grade = m_grade->currentData().toInt();
        d.nature = m_nature->currentText();
    }
    if (d.type == T::Recognition) {
        d.relation = m_relation->currentText();
        d.servicemanName = m_serviceman->text();
        const auto c = core::CategoryStore(*m_session.db).byCode(d.categoryCode);
        if (c && c->needsService) {
            d.enlistedOn = m_enlisted->date();
            d.dischargedOn = m_discharged->date();
        }
    }
    if (d.type == T::TemporaryAssistance)
        core::PolicyRules::parseYuan(m_amount->text(), &d.requestedAmountFen);
    if (d.type == T::StopBenefits)
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
        m_benefit->setText(tr("Find the person first."));
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
                               .arg(core::PolicyRules::yuan(b->annualFen), d.effectiveDate.toString(Qt::ISODate), b->basis));
    else if (b->oneOffFen > 0)
        m_benefit->setText(tr("Benefit: %1 yuan once\nBasis: %2").arg(core::PolicyRules::yuan(b->oneOffFen), b->basis));
    else
        m_benefit->setText(b->basis);
    const QStringList problems = store.check(d);
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("Before it can be submitted:") + QStringLiteral("\n• ") +
                                                 problems.join(QStringLiteral("\n• ")));
    m_submit->setEnabled(problems.isEmpty());
}

bool ApplicationDialog::saveDraft()
{
    core::ApprovalStore store(*m_session.db);
    const core::ApplicationDraft d = collect();
    if (m_personId <= 0) {
        showError(m_error, tr("Find the person first."));
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
    if (!saveDraft())
        return;
    if (core::Status s = core::ApprovalStore(*m_session.db).submit(m_session.actor, m_id); !s) {
        showError(m_error, s.error());
        return;
    }
    m_submitted = true;
    accept();
}

} // namespace youfu::ui
