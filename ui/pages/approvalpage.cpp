#include "pages/approvalpage.h"

#include "approval/applicationrules.h"
#include "approval/approvalform.h"
#include "approval/approvalrules.h"
#include "approval/approvalstore.h"
#include "dialogs/applicationdialog.h"
#include "dialogs/dialogparts.h"
#include "dialogs/exportdialog.h"
#include "dialogs/signdialog.h"
#include "models/applicationlistmodel.h"
#include "registry/personstore.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "widgets/glyphicon.h"
#include "widgets/numberformateditor.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QTableView* makeView(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setObjectName(QLatin1String(name));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->verticalHeader()->hide();
    v->setAlternatingRowColors(true);
    fitColumns(v, ApplicationListModel::Request);
    return v;
}
} // namespace

ApprovalPage::ApprovalPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("approvalPage"));
    using core::Permission;
    const core::Roles roles = session.actor.roles;
    const bool writable = !session.db->isReadOnly();
    m_business = core::isAllowed(roles, Permission::ViewBusiness);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Approvals"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    layout->addWidget(
        new QLabel(tr("Clerk drafts → section chief reviews → discipline inspector countersigns → "
                      "director approves. Whoever approves is responsible."),
                   this));
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New application…"), this);
    m_new->setObjectName(QStringLiteral("newApplication"));
    m_open = new QPushButton(tr("&Open…"), this);
    m_open->setObjectName(QStringLiteral("openApplication"));
    m_approveMany = new QPushButton(tr("Approve &selected…"), this);
    m_approveMany->setObjectName(QStringLiteral("approveSelected"));
    m_print = new QPushButton(tr("&Print form…"), this);
    m_print->setObjectName(QStringLiteral("printForm"));
    m_report = new QPushButton(tr("Mark &reported…"), this);
    m_report->setObjectName(QStringLiteral("markReported"));
    m_export = new QPushButton(tr("&Export register…"), this);
    m_export->setObjectName(QStringLiteral("exportRegister"));
    m_chains = new QPushButton(tr("Approval &chains…"), this);
    m_chains->setObjectName(QStringLiteral("configureChains"));
    for (QPushButton* b : {m_new, m_open, m_approveMany, m_print, m_report, m_export, m_chains})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_new->setVisible(core::isAllowed(roles, Permission::DraftApplication) && writable);
    m_approveMany->setVisible(core::isAllowed(roles, Permission::ApproveApplication) && writable);
    m_report->setVisible((core::isAllowed(roles, Permission::DraftApplication) ||
                          core::isAllowed(roles, Permission::ApproveApplication)) &&
                         writable);
    m_chains->setVisible(core::isAllowed(roles, Permission::ManageSettings) && writable);
    for (QPushButton* b : {m_open, m_print, m_export})
        b->setVisible(m_business);

    m_inbox = new ApplicationListModel(*session.db, ApplicationListModel::Mode::Inbox, this);
    m_register = new ApplicationListModel(*session.db, ApplicationListModel::Mode::Register, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("approvalTabs"));
    m_inboxView = makeView(m_inbox, "inboxView", this);
    m_inboxView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tabs->addTab(m_inboxView, tr("Waiting for me"));
    auto* reg = new QWidget(this);
    auto* regLayout = new QVBoxLayout(reg);
    regLayout->setContentsMargins(0, 4, 0, 0);
    auto* filters = new QHBoxLayout;
    m_type = new QComboBox(reg);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All types"), -1);
    for (core::ApplicationType t : core::ApplicationRules::allTypes())
        m_type->addItem(core::ApplicationRules::typeTitle(t), int(t));
    m_state = new QComboBox(reg);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (core::ApplicationState s : core::ApprovalRules::allStates())
        m_state->addItem(core::ApprovalRules::stateTitle(s), int(s));
    m_year = new QComboBox(reg);
    m_year->setObjectName(QStringLiteral("yearFilter"));
    filters->addWidget(new QLabel(tr("Type:"), reg));
    filters->addWidget(m_type);
    filters->addWidget(new QLabel(tr("State:"), reg));
    filters->addWidget(m_state);
    filters->addWidget(new QLabel(tr("Year:"), reg));
    filters->addWidget(m_year);
    filters->addStretch(1);
    regLayout->addLayout(filters);
    m_registerView = makeView(m_register, "registerView", reg);
    m_registerView->setSelectionMode(QAbstractItemView::SingleSelection);
    regLayout->addWidget(m_registerView, 1);
    m_tabs->addTab(reg, tr("Register"));
    m_tabs->setVisible(m_business);
    m_readError = makeErrorLabel(this);
    m_readError->setObjectName(QStringLiteral("readError"));
    layout->addWidget(m_readError);
    layout->addWidget(m_tabs, 1);
    if (!m_business)
        layout->addStretch(1);

    connect(m_new, &QPushButton::clicked, this, &ApprovalPage::newApplication);
    connect(m_open, &QPushButton::clicked, this, &ApprovalPage::openCurrent);
    connect(m_approveMany, &QPushButton::clicked, this, &ApprovalPage::approveSelected);
    connect(m_print, &QPushButton::clicked, this, &ApprovalPage::printForm);
    connect(m_report, &QPushButton::clicked, this, &ApprovalPage::markReported);
    connect(m_export, &QPushButton::clicked, this, &ApprovalPage::exportRegister);
    connect(m_chains, &QPushButton::clicked, this, &ApprovalPage::configureChains);
    connect(m_inboxView, &QTableView::doubleClicked, this, &ApprovalPage::openCurrent);
    connect(m_registerView, &QTableView::doubleClicked, this, &ApprovalPage::openCurrent);
    for (QComboBox* c : {m_type, m_state, m_year})
        connect(c, &QComboBox::currentIndexChanged, this, &ApprovalPage::applyFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ApprovalPage::updateButtons);
    for (QTableView* v : {m_inboxView, m_registerView}) {
        connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ApprovalPage::updateButtons);
        v->installEventFilter(this);
    }
    refresh();
    auto* exportSheet = new QPushButton(tr("E&xport to Excel…"), this);
    exportSheet->setObjectName(QStringLiteral("exportRegisterSheet"));
    exportSheet->setVisible(m_business);
    buttons->insertWidget(buttons->indexOf(m_export) + 1, exportSheet);
    connect(exportSheet, &QPushButton::clicked, this, &ApprovalPage::exportRegisterSheet);
}

// Enter opens the selected application, as a double-click does.
bool ApprovalPage::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_inboxView || watched == m_registerView) &&
        event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

QString ApprovalPage::approvedMessage(const QList<qint64>& ids) const
{
    QStringList numbers;
    core::ApprovalStore store(*session().db);
    for (qint64 id : ids) {
        const auto a = store.byId(id);
        if (a && a->state == core::ApplicationState::Approved && !a->number.isEmpty())
            numbers << a->number;
    }
    return numbers.isEmpty() ? QString()
                             : tr("Approved: %1").arg(numbers.join(QStringLiteral("、")));
}

QIcon ApprovalPage::icon() const
{
    return glyphIcon(QStringLiteral("审"), QColor(0xc6, 0x28, 0x28));
}

void ApprovalPage::refresh()
{
    if (!m_business) {
        updateButtons();
        return;
    }
    m_inbox->setActor(session().actor);
    const QSignalBlocker block(m_year);
    const int chosen = m_year->currentData().toInt();
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    auto years = core::ApplicationListStore(*session().db).years();
    for (int y : years ? years.value() : QList<int>())
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(chosen)));
    applyFilter();
    if (!years)
        showError(m_readError, years.error());
}

void ApprovalPage::applyFilter()
{
    core::ApplicationFilter f;
    if (const int t = m_type->currentData().toInt(); t >= 0)
        f.type = core::ApplicationType(t);
    if (const int s = m_state->currentData().toInt(); s >= 0)
        f.state = core::ApplicationState(s);
    f.year = m_year->currentData().toInt();
    m_register->setFilter(f);
    // A list that could not be read says so above the tabs; it does not look empty.
    showError(m_readError,
              m_inbox->lastError().isEmpty() ? m_register->lastError() : m_inbox->lastError());
    updateButtons();
}

qint64 ApprovalPage::currentId() const
{
    const QTableView* v = m_tabs->currentIndex() == 0 ? m_inboxView : m_registerView;
    const auto* m = static_cast<const ApplicationListModel*>(v->model());
    const QModelIndex i = v->currentIndex();
    return i.isValid() && v->selectionModel()->isRowSelected(i.row(), QModelIndex())
               ? m->rowAt(i.row()).id
               : 0;
}

void ApprovalPage::updateButtons()
{
    const bool has = m_business && currentId() > 0;
    m_open->setEnabled(has);
    m_print->setEnabled(has);
    m_report->setEnabled(has);
    m_approveMany->setEnabled(m_tabs->currentIndex() == 0 &&
                              !m_inboxView->selectionModel()->selectedRows().isEmpty());
}

void ApprovalPage::newApplication()
{
    ApplicationDialog dlg(session(), 0, 0, this);
    if (dlg.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT statusMessage(dlg.submitted() ? tr("The application was submitted.")
                                             : tr("The draft was saved."));
    }
}

void ApprovalPage::openCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    const auto a = core::ApprovalStore(*session().db).byId(id);
    if (!a)
        return;
    const bool editable =
        a->state == core::ApplicationState::Draft || a->state == core::ApplicationState::Returned;
    if (editable && core::isAllowed(session().actor.roles, core::Permission::DraftApplication)) {
        ApplicationDialog dlg(session(), id, 0, this);
        if (dlg.exec() == QDialog::Accepted)
            Q_EMIT statusMessage(dlg.submitted() ? tr("The application was submitted.")
                                                 : tr("The draft was saved."));
    } else {
        SignDialog dlg(session(), id, this);
        if (dlg.exec() == QDialog::Accepted) {
            const QString approved =
                a->state == core::ApplicationState::Approved ? QString() : approvedMessage({id});
            Q_EMIT statusMessage(approved.isEmpty() ? tr("Your decision was recorded.") : approved);
        }
    }
    refresh();
}

void ApprovalPage::approveSelected()
{
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex& i : m_inboxView->selectionModel()->selectedRows()) {
        const auto r = m_inbox->rowAt(i.row());
        ids << r.id;
        names << r.personName;
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString opinion = QInputDialog::getMultiLineText(
        this, tr("Approve selected"),
        tr("Approve %n application(s) (%1). The opinion is recorded on each:", nullptr,
           int(ids.size()))
            .arg(names.join(QStringLiteral("、"))),
        QStringLiteral("同意。"), &ok);
    if (!ok)
        return;
    const QStringList failed =
        core::ApprovalStore(*session().db).approveMany(session().actor, ids, opinion);
    if (!failed.isEmpty())
        QMessageBox::warning(this, tr("Approve selected"),
                             tr("Not approved:") + QStringLiteral("\n") +
                                 failed.join(QLatin1Char('\n')));
    const QString approved = approvedMessage(ids);
    Q_EMIT statusMessage(approved.isEmpty() ? tr("%n application(s) approved.", nullptr,
                                                 int(ids.size() - failed.size()))
                                            : approved);
    refresh();
}

core::OfficialDocument ApprovalPage::formFor(qint64 applicationId) const
{
    const auto a = core::ApprovalStore(*session().db).byId(applicationId);
    if (!a)
        return core::OfficialDocument();
    const auto p = core::PersonStore(*session().db).byId(a->draft.personId);
    if (!p)
        return core::OfficialDocument();
    return core::ApprovalForm::form(a.value(), p.value(),
                                    core::SettingsStore(*session().db).officeName());
}

void ApprovalPage::printForm()
{
    const qint64 id = currentId();
    const auto a = core::ApprovalStore(*session().db).byId(id);
    if (!a)
        return;
    showPrintPreview(
        this, formFor(id),
        QStringLiteral("优抚对象待遇审批表-%1-%2.pdf")
            .arg(a->personName, a->number.isEmpty() ? QString::number(id) : a->number));
}

core::Result<core::OfficialDocument> ApprovalPage::registerDocument() const
{
    QList<core::ApplicationRow> rows;
    core::ApplicationListStore store(*session().db);
    const core::ApplicationFilter f = m_register->filter();
    QVariantList after;
    for (;;) {
        auto page = store.pageAfter(f, &after, 500);
        if (!page)
            return page.status();
        rows += page.value();
        if (page->size() < 500)
            break;
    }
    QStringList what;
    what << m_type->currentText() << m_state->currentText() << m_year->currentText();
    return core::ApprovalForm::registerOf(rows, what.join(QStringLiteral("　")),
                                          core::SettingsStore(*session().db).officeName(),
                                          session().db->clock().today());
}

void ApprovalPage::exportRegister()
{
    auto doc = registerDocument();
    if (!doc) {
        showError(m_readError, doc.error());
        return;
    }
    showPrintPreview(this, doc.value(), QStringLiteral("优抚待遇审批登记簿.pdf"));
}

void ApprovalPage::markReported()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Reported to the higher authority"));
    auto* layout = new QVBoxLayout(&dlg);
    auto* form = new QFormLayout;
    auto* date = new QDateEdit(session().db->clock().today(), &dlg);
    date->setObjectName(QStringLiteral("reportedOn"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* ref = new QLineEdit(&dlg);
    ref->setObjectName(QStringLiteral("reportedRef"));
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Reference:"), ref);
    layout->addLayout(form);
    auto* error = makeErrorLabel(&dlg);
    layout->addWidget(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dlg, [&] {
        const core::Status s = core::ApprovalStore(*session().db)
                                   .markReported(session().actor, id, date->date(), ref->text());
        if (!s)
            showError(error, s.error());
        else
            dlg.accept();
    });
    if (dlg.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Marked as reported."));
    refresh();
}

// The section chief's review is the only step an admin may drop; the inspector's
// countersignature and the director's approval always stay (core refuses otherwise).
void ApprovalPage::configureChains()
{
    core::ApprovalStore store(*session().db);
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Approval chains"));
    auto* layout = new QVBoxLayout(&dlg);
    layout->addWidget(makeDialogHeader(
        tr("Approval chains"),
        tr("The discipline inspector's countersignature and the director's approval "
           "cannot be removed."),
        &dlg));
    auto* form = new QFormLayout;
    QList<QPair<core::ApplicationType, QCheckBox*>> boxes;
    for (core::ApplicationType t : core::ApplicationRules::allTypes()) {
        auto* cb = new QCheckBox(tr("section chief reviews first"), &dlg);
        cb->setObjectName(QStringLiteral("chief_") + core::ApplicationRules::typeKey(t));
        cb->setChecked(store.chain(t).contains(core::Role::SectionChief));
        form->addRow(core::ApplicationRules::typeTitle(t) + QLatin1Char(':'), cb);
        boxes << qMakePair(t, cb);
    }
    layout->addLayout(form);
    auto* numberBox = new QGroupBox(tr("Approval number"), &dlg);
    auto* number = new NumberFormatEditor(numberBox);
    number->setObjectName(QStringLiteral("numberFormat"));
    number->setFormat(store.numberFormat());
    const int year = session().db->clock().today().year();
    const auto next = store.nextNumberSequence(year);
    number->setNextNumber(year, next ? next.value() : 1);
    (new QVBoxLayout(numberBox))->addWidget(number);
    layout->addWidget(numberBox);
    auto* error = makeErrorLabel(&dlg);
    layout->addWidget(error);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dlg, [&] {
        for (const auto& [type, cb] : boxes) {
            QList<core::Role> chain;
            if (cb->isChecked())
                chain << core::Role::SectionChief;
            chain << core::Role::Inspector << core::Role::Director;
            if (chain != store.chain(type))
                if (core::Status s = store.setChain(session().actor, type, chain); !s) {
                    showError(error, s.error());
                    return;
                }
        }
        if (const QString why = number->problem(); !why.isEmpty()) {
            showError(error, why);
            return;
        }
        if (number->format() != store.numberFormat())
            if (core::Status s = store.setNumberFormat(session().actor, number->format()); !s) {
                showError(error, s.error());
                return;
            }
        dlg.accept();
    });
    dlg.exec();
}

// Home cards: "inbox"; Ctrl+K: "application:<id>" selects it (in the inbox if it waits there,
// otherwise in the register with its filters cleared).
bool ApprovalPage::openView(const QString& view)
{
    if (!m_business)
        return Page::openView(view);
    if (view == QLatin1String("inbox")) {
        m_tabs->setCurrentIndex(0);
        return true;
    }
    if (!view.startsWith(QLatin1String("application:")))
        return Page::openView(view);
    const qint64 id = view.mid(12).toLongLong();
    const auto select = [id](QTableView* v, ApplicationListModel* m) {
        for (int row = 0;; ++row) {
            if (row >= m->rowCount()) {
                if (!m->canFetchMore({}))
                    return false;
                m->fetchMore({});
                if (row >= m->rowCount())
                    return false;
            }
            if (m->rowAt(row).id == id) {
                v->selectRow(row);
                v->scrollTo(m->index(row, 0));
                return true;
            }
        }
    };
    if (select(m_inboxView, m_inbox)) {
        m_tabs->setCurrentIndex(0);
        return true;
    }
    for (QComboBox* c : {m_type, m_state, m_year}) {
        const QSignalBlocker block(c);
        c->setCurrentIndex(0);
    }
    applyFilter();
    m_tabs->setCurrentIndex(1);
    return select(m_registerView, m_register);
}

bool ApprovalPage::exportRegisterSheet()
{
    core::ListExportRequest request;
    request.list = core::ExportList::Approvals;
    request.approvals = m_register->filter();
    request.subtitle =
        QStringList{m_type->currentText(), m_state->currentText(), m_year->currentText()}.join(
            tr("; "));
    return ExportDialog::exportList(this, session(), request, tr("Register of applications"));
}

} // namespace youfu::ui
