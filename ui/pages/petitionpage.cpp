#include "pages/petitionpage.h"

#include "common/isotime.h"
#include "dialogs/exportdialog.h"
#include "models/caselistmodel.h"
#include "petition/casedialog.h"
#include "petition/infostaffpanel.h"
#include "petition/petitionrules.h"
#include "petition/petitionstore.h"
#include "petition/stabilitypanel.h"
#include "petition/statisticspanel.h"
#include "petition/warningpanel.h"
#include "registry/areastore.h"
#include "security/permission.h"
#include "security/userstore.h"
#include "widgets/glyphicon.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace youfu::ui {

namespace {
using core::CaseStatus;
using core::PetitionRules;

enum Due
{
    AnyDue,
    OpenOnly,
    Overdue,
    Within7
};

enum Flag
{
    AnyFlag,
    GroupFlag,
    BeyondFlag,
    RepeatFlag
};
} // namespace

PetitionPage::PetitionPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("petitionPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Letters and visits"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    if (!canHandle()) {
        auto* note = new QLabel(tr("Read only: cases are registered and handled by the clerk and "
                                   "the section chief."),
                                this);
        note->setObjectName(QStringLiteral("petitionReadOnly"));
        note->setStyleSheet(QStringLiteral("color: #5a6473;"));
        layout->addWidget(note);
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("petitionTabs"));
    m_tabs->addTab(buildCasesTab(), tr("Cases"));
    // The stability view, early warning, information staff and statistics: panels of their
    // own (ui/petition), each read again when its tab is shown.
    auto* stability = new StabilityPanel(session, this);
    auto* warnings = new WarningPanel(session, this);
    auto* staff = new InfoStaffPanel(session, this);
    auto* statistics = new StatisticsPanel(session, this);
    connect(warnings, &WarningPanel::statusMessage, this, &Page::statusMessage);
    connect(staff, &InfoStaffPanel::statusMessage, this, &Page::statusMessage);
    connect(statistics, &StatisticsPanel::statusMessage, this, &Page::statusMessage);
    // A township of the stability view: its cases.
    connect(stability, &StabilityPanel::townshipActivated, this, [this](const QString& code) {
        clearFilters();
        m_township->setCurrentIndex(std::max(0, m_township->findData(code)));
        m_tabs->setCurrentIndex(CasesTab);
        refreshCases();
    });
    addPanel(stability, tr("Stability"));
    addPanel(warnings, tr("Early warnings"));
    addPanel(staff, tr("Information staff"));
    addPanel(statistics, tr("Statistics"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == CasesTab) {
            refreshCases();
            return;
        }
        QWidget* w = m_tabs->widget(i);
        if (auto* p = qobject_cast<StabilityPanel*>(w))
            p->reload();
        else if (auto* p = qobject_cast<WarningPanel*>(w))
            p->reload();
        else if (auto* p = qobject_cast<InfoStaffPanel*>(w))
            p->reload();
        else if (auto* p = qobject_cast<StatisticsPanel*>(w))
            p->reload();
    });
}

QIcon PetitionPage::icon() const
{
    return glyphIcon(QStringLiteral("信"), QColor(0x8a, 0x3b, 0x12));
}

bool PetitionPage::canHandle() const
{
    return core::isAllowed(session().actor.roles, core::Permission::HandlePetitions);
}

int PetitionPage::addPanel(QWidget* panel, const QString& title)
{
    return m_tabs->addTab(panel, title);
}

QWidget* PetitionPage::buildCasesTab()
{
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    auto label = [tab](const QString& text, QWidget* buddy) {
        auto* lab = new QLabel(text, tab);
        lab->setBuddy(buddy);
        return lab;
    };
    m_status = new QComboBox(tab);
    m_status->setObjectName(QStringLiteral("caseStatusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (CaseStatus s : {CaseStatus::Registered, CaseStatus::Accepted, CaseStatus::NotAccepted,
                         CaseStatus::Forwarded, CaseStatus::Answered, CaseStatus::Reviewing,
                         CaseStatus::Rereviewing, CaseStatus::Closed})
        m_status->addItem(PetitionRules::statusTitle(s), int(s));
    m_due = new QComboBox(tab);
    m_due->setObjectName(QStringLiteral("caseDueFilter"));
    m_due->addItem(tr("Any deadline"), AnyDue);
    m_due->addItem(tr("A deadline runs"), OpenOnly);
    m_due->addItem(tr("Overdue"), Overdue);
    m_due->addItem(tr("Due within 7 days"), Within7);
    m_township = new QComboBox(tab);
    m_township->setObjectName(QStringLiteral("caseTownshipFilter"));
    m_township->addItem(tr("All townships"), QString());
    for (const core::Township& t : core::AreaStore(*session().db).townships())
        m_township->addItem(t.name, t.code);
    m_subject = new QComboBox(tab);
    m_subject->setObjectName(QStringLiteral("caseSubjectFilter"));
    m_subject->addItem(tr("Any subject"), -1);
    for (core::PetitionSubject v :
         {core::PetitionSubject::Benefit, core::PetitionSubject::Status,
          core::PetitionSubject::Medical, core::PetitionSubject::Housing,
          core::PetitionSubject::Employment, core::PetitionSubject::Other})
        m_subject->addItem(PetitionRules::subjectTitle(v), int(v));
    m_flag = new QComboBox(tab);
    m_flag->setObjectName(QStringLiteral("caseFlagFilter"));
    m_flag->addItem(tr("Any flag"), AnyFlag);
    m_flag->addItem(tr("Group petitions"), GroupFlag);
    m_flag->addItem(tr("Beyond level"), BeyondFlag);
    m_flag->addItem(tr("Repeat petitions"), RepeatFlag);
    m_responsible = new QComboBox(tab);
    m_responsible->setObjectName(QStringLiteral("caseResponsibleFilter"));
    m_responsible->addItem(tr("Anyone responsible"), qint64(0));
    if (const auto users = core::UserStore(*session().db).all(); users)
        for (const core::User& u : users.value())
            m_responsible->addItem(u.displayName, u.id);
    m_text = new QLineEdit(tab);
    m_text->setObjectName(QStringLiteral("caseSearch"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Number, petitioner or summary"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(label(tr("Stat&us:"), m_status));
    filters->addWidget(m_status);
    filters->addWidget(label(tr("&Deadline:"), m_due));
    filters->addWidget(m_due);
    filters->addWidget(label(tr("To&wnship:"), m_township));
    filters->addWidget(m_township);
    filters->addWidget(label(tr("Su&bject:"), m_subject));
    filters->addWidget(m_subject);
    filters->addStretch(1);
    l->addLayout(filters);
    auto* filters2 = new QHBoxLayout;
    filters2->addWidget(label(tr("Fla&gs:"), m_flag));
    filters2->addWidget(m_flag);
    filters2->addWidget(label(tr("Responsib&le:"), m_responsible));
    filters2->addWidget(m_responsible);
    filters2->addWidget(label(tr("Te&xt:"), m_text));
    filters2->addWidget(m_text, 1);
    l->addLayout(filters2);

    auto* line = new QHBoxLayout;
    m_count = new QLabel(tab);
    m_count->setObjectName(QStringLiteral("caseCount"));
    m_new = new QPushButton(tr("&New case…"), tab);
    m_new->setObjectName(QStringLiteral("newCase"));
    m_new->setVisible(canHandle());
    m_open = new QPushButton(tr("&Open case…"), tab);
    m_open->setObjectName(QStringLiteral("openCase"));
    auto* exportButton = new QPushButton(tr("&Export…"), tab);
    exportButton->setObjectName(QStringLiteral("exportCases"));
    auto* deputy = new QPushButton(tr("Extension de&puty…"), tab);
    deputy->setObjectName(QStringLiteral("extensionDeputy"));
    deputy->setToolTip(tr("Name the deputy who may approve extensions besides the director"));
    deputy->setVisible(
        core::isAllowed(session().actor.roles, core::Permission::ApprovePetitionExtension));
    line->addWidget(m_count, 1);
    line->addWidget(deputy);
    line->addWidget(m_new);
    line->addWidget(m_open);
    line->addWidget(exportButton);
    l->addLayout(line);
    m_cases = new CaseListModel(*session().db, this);
    m_view = makeListTable(m_cases, "caseView", tab);
    fitColumns(m_view, CaseListModel::Petitioners);
    l->addWidget(m_view, 1);

    for (QComboBox* c : {m_status, m_due, m_township, m_subject, m_flag, m_responsible})
        connect(c, &QComboBox::currentIndexChanged, this, &PetitionPage::refreshCases);
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(m_text, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &PetitionPage::refreshCases);
    connect(m_new, &QPushButton::clicked, this, [this] { openCase(0); });
    auto openChosen = [this] {
        const core::CaseLine c = m_cases->rowAt(m_view->currentIndex().row());
        if (c.id > 0)
            openCase(c.id);
    };
    connect(m_open, &QPushButton::clicked, this, openChosen);
    connect(m_view, &QTableView::doubleClicked, this, openChosen);
    connect(exportButton, &QPushButton::clicked, this, &PetitionPage::exportCases);
    connect(deputy, &QPushButton::clicked, this, &PetitionPage::nameDeputy);
    return tab;
}

void PetitionPage::refreshCases()
{
    core::CaseFilter f;
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.statuses = {CaseStatus(s)};
    switch (m_due->currentData().toInt()) {
    case OpenOnly:
        f.openOnly = true;
        break;
    case Overdue:
        f.openOnly = true;
        f.overdueOnly = true;
        break;
    case Within7:
        f.openOnly = true;
        f.dueWithinDays = 7;
        break;
    default:
        break;
    }
    f.townshipCode = m_township->currentData().toString();
    f.subject = m_subject->currentData().toInt();
    const int flag = m_flag->currentData().toInt();
    f.groupOnly = flag == GroupFlag;
    f.beyondOnly = flag == BeyondFlag;
    f.repeatOnly = flag == RepeatFlag;
    f.responsibleUserId = m_responsible->currentData().toLongLong();
    f.text = m_text->text().trimmed();
    const qint64 chosen = m_cases->rowAt(m_view->currentIndex().row()).id;
    m_cases->setFilter(f);
    m_count->setText(m_cases->lastError().isEmpty()
                         ? tr("%n case(s).", nullptr, m_cases->totalCount())
                         : m_cases->lastError());
    m_open->setEnabled(m_cases->rowCount() > 0);
    if (m_cases->rowCount() > 0) {
        const int row = m_cases->rowOf(chosen);
        m_view->selectRow(row >= 0 ? row : 0);
    }
}

bool PetitionPage::openCase(qint64 caseId)
{
    if (caseId == 0 && !canHandle())
        return false;
    CaseDialog dlg(session(), caseId, this);
    dlg.exec();
    if (!dlg.changed())
        return false;
    Q_EMIT statusMessage(caseId == 0 ? tr("Case %1 registered.").arg(dlg.petitionCase().number)
                                     : tr("Case %1 saved.").arg(dlg.petitionCase().number));
    refreshCases();
    if (const int row = m_cases->rowOf(dlg.caseId()); row >= 0)
        m_view->selectRow(row);
    return true;
}

bool PetitionPage::exportCases()
{
    core::ListExportRequest request;
    request.list = core::ExportList::Petitions;
    request.petitions = m_cases->filter();
    QStringList words;
    for (QComboBox* c : {m_status, m_due, m_township, m_subject, m_flag, m_responsible})
        if (c->currentIndex() > 0)
            words << c->currentText();
    if (!m_text->text().trimmed().isEmpty())
        words << tr("“%1”").arg(m_text->text().trimmed());
    request.subtitle = words.join(tr("; "));
    return ExportDialog::exportList(this, session(), request, tr("Letters and visits cases"));
}

bool PetitionPage::nameDeputy()
{
    core::PetitionStore store(*session().db);
    auto current = store.extensionDeputy();
    auto users = core::UserStore(*session().db).all();
    if (!current || !users) {
        Q_EMIT statusMessage(!current ? current.error() : users.error());
        return false;
    }
    QStringList names{tr("(nobody: only the director)")};
    QList<qint64> ids{0};
    int chosen = 0;
    for (const core::User& u : users.value()) {
        if (u.disabled || u.id == session().actor.userId ||
            !core::isAllowed(u.roles, core::Permission::ViewBusiness))
            continue;
        if (u.id == current.value())
            chosen = int(ids.size());
        names << QStringLiteral("%1 (%2)").arg(u.displayName, u.login);
        ids << u.id;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("Extension deputy"),
        tr("Besides you, who may approve the extension of a case's answer period?"), names, chosen,
        false, &ok);
    if (!ok)
        return false;
    const qint64 userId = ids.value(int(names.indexOf(picked)), 0);
    if (const core::Status s = store.nameExtensionDeputy(session().actor, userId); !s) {
        Q_EMIT statusMessage(s.error());
        return false;
    }
    Q_EMIT statusMessage(userId > 0 ? tr("%1 may now approve extensions.").arg(picked)
                                    : tr("Only the director approves extensions now."));
    return true;
}

void PetitionPage::clearFilters()
{
    const QSignalBlocker a(m_status), b(m_due), c(m_township), d(m_subject), e(m_flag),
        g(m_responsible), h(m_text);
    for (QComboBox* box : {m_status, m_due, m_township, m_subject, m_flag, m_responsible})
        box->setCurrentIndex(0);
    m_text->clear();
}

void PetitionPage::refresh()
{
    if (m_tabs->currentIndex() == CasesTab)
        refreshCases();
}

bool PetitionPage::openView(const QString& view)
{
    if (view.startsWith(QLatin1String("case:"))) {
        const qint64 id = view.mid(5).toLongLong();
        if (id <= 0)
            return false;
        m_tabs->setCurrentIndex(CasesTab);
        openCase(id);
        return true;
    }
    if (view == QLatin1String("warnings")) {
        for (int i = 0; i < m_tabs->count(); ++i)
            if (m_tabs->widget(i)->objectName().contains(QLatin1String("arning"))) {
                m_tabs->setCurrentIndex(i);
                return true;
            }
        // The warnings panel is not (yet) a tab of the page: the open cases instead.
    }
    static const QHash<QString, int> dues{{QStringLiteral("cases"), AnyDue},
                                          {QStringLiteral("open"), OpenOnly},
                                          {QStringLiteral("warnings"), OpenOnly},
                                          {QStringLiteral("due7"), Within7},
                                          {QStringLiteral("overdue"), Overdue}};
    if (!view.isEmpty() && !dues.contains(view))
        return Page::openView(view);
    if (!view.isEmpty()) {
        clearFilters();
        const QSignalBlocker block(m_due);
        m_due->setCurrentIndex(m_due->findData(dues.value(view)));
    }
    m_tabs->setCurrentIndex(CasesTab);
    refreshCases();
    return true;
}

} // namespace youfu::ui
