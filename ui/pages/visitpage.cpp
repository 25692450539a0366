#include "pages/visitpage.h"

#include "common/isotime.h"
#include "dialogs/exportdialog.h"
#include "dialogs/visitdialog.h"
#include "models/duelistmodel.h"
#include "models/recordtablemodel.h"
#include "policy/policyrules.h"
#include "registry/areastore.h"
#include "security/permission.h"
#include "security/userstore.h"
#include "visit/campaignpanel.h"
#include "visit/receptionpanel.h"
#include "visit/symposiumpanel.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"
#include "widgets/glyphicon.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"
#include "widgets/visitcalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
const QColor kOverdue(0xb0, 0x00, 0x20);
const QColor kDone(0x2e, 0x6b, 0x30);
} // namespace

VisitPage::VisitPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("visitPage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Visits"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    if (!canRecord()) {
        auto* note = new QLabel(tr("Read only: visits are recorded by the clerk and the section "
                                   "chief."),
                                this);
        note->setObjectName(QStringLiteral("visitReadOnly"));
        note->setStyleSheet(QStringLiteral("color: #5a6473;"));
        layout->addWidget(note);
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("visitTabs"));
    m_tabs->addTab(buildCalendarTab(), tr("&Calendar"));
    m_tabs->addTab(buildDueTab(), tr("Due visits"));
    m_tabs->addTab(buildKeyPersonsTab(), tr("&Key persons"));
    m_tabs->addTab(buildPlansTab(), tr("Plans"));
    // Festival campaigns, reception days and symposiums: panels of their own (ui/visit).
    auto* campaigns = new CampaignPanel(session, this);
    auto* reception = new ReceptionPanel(session, this);
    auto* symposiums = new SymposiumPanel(session, this);
    connect(campaigns, &CampaignPanel::statusMessage, this, &Page::statusMessage);
    connect(reception, &ReceptionPanel::statusMessage, this, &Page::statusMessage);
    connect(symposiums, &SymposiumPanel::statusMessage, this, &Page::statusMessage);
    addPanel(campaigns, tr("Festival campaigns"));
    addPanel(reception, tr("Reception days"));
    addPanel(symposiums, tr("Symposiums"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == CalendarTab)
            refreshCalendar();
        else if (i == DueTab)
            refreshDue();
        else if (i == PlansTab)
            refreshPlans();
    });
}

QIcon VisitPage::icon() const
{
    return glyphIcon(QStringLiteral("访"), QColor(0x1f, 0x6e, 0x5a));
}

bool VisitPage::canRecord() const
{
    return core::isAllowed(session().actor.roles, core::Permission::RecordVisits);
}

int VisitPage::addPanel(QWidget* panel, const QString& title)
{
    return m_tabs->addTab(panel, title);
}

QWidget* VisitPage::buildCalendarTab()
{
    auto* tab = new QWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_calendar = new VisitCalendar(left);
    m_calendar->setSelectedDate(session().db->clock().today()); // the program's day, not the PC's
    leftLayout->addWidget(m_calendar, 1);
    auto* legend = new QLabel(tr("Under each day: <span style='color:#2e6b30'>done</span> · "
                                 "<span style='color:#1f4e9a'>due</span> · "
                                 "<span style='color:#b00020'>overdue</span>"),
                              left);
    legend->setTextFormat(Qt::RichText);
    leftLayout->addWidget(legend);
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_dayTitle = new QLabel(right);
    m_dayTitle->setObjectName(QStringLiteral("dayTitle"));
    m_dayTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    rightLayout->addWidget(m_dayTitle);
    m_day =
        new RecordTableModel({tr("State"), tr("Person"), tr("Plan or form"), tr("Details")}, this);
    m_dayView = makeListTable(m_day, "dayView", right);
    fitColumns(m_dayView, 3);
    rightLayout->addWidget(m_dayView, 1);
    auto* buttons = new QHBoxLayout;
    m_recordDay = new QPushButton(tr("&Record visit…"), right);
    m_recordDay->setObjectName(QStringLiteral("recordDayVisit"));
    m_recordDay->setVisible(canRecord());
    buttons->addWidget(m_recordDay);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({560, 680});
    auto* l = new QVBoxLayout(tab);
    l->addWidget(split);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this,
            [this] { showDay(m_calendar->selectedDate()); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &VisitPage::refreshCalendar);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& d) {
        if (canRecord())
            recordVisit(d);
    });
    // A due line of the day: the visit answers its person and plan.
    auto recordChosen = [this] {
        const int row = m_dayView->currentIndex().row();
        const RecordTableModel::Row r = row >= 0 ? m_day->rowAt(row) : RecordTableModel::Row{};
        // id > 0: a due line (plan id), < 0: a visit done (its id, negated).
        recordVisit(m_calendar->selectedDate(), r.id > 0 ? r.extra : 0, r.id > 0 ? r.id : 0);
    };
    connect(m_recordDay, &QPushButton::clicked, this, recordChosen);
    connect(m_dayView, &QTableView::doubleClicked, this, [this, recordChosen] {
        if (canRecord())
            recordChosen();
    });
    return tab;
}

void VisitPage::refreshCalendar()
{
    auto month =
        core::VisitStore(*session().db).month(m_calendar->yearShown(), m_calendar->monthShown());
    if (!month) {
        m_calendar->setDays({});
        m_dayTitle->setText(month.error());
        return;
    }
    m_calendar->setDays(month.value());
    showDay(m_calendar->selectedDate());
}

void VisitPage::showDay(const QDate& day)
{
    core::VisitStore store(*session().db);
    QList<RecordTableModel::Row> rows;
    QStringList errors;
    // The dues of the day: the keyset starts just before the day, the filter ends with it.
    core::DueFilter f;
    f.until = day;
    // (An empty, not a null, name: a null would compare as SQL NULL and match nothing.)
    const core::DueCursor before{day, QStringLiteral(""), 0, 0};
    auto dues = store.dueList(f, &before, 500);
    if (dues) {
        for (const core::DueVisit& d : dues.value()) {
            if (d.due != day)
                continue;
            rows << RecordTableModel::Row{
                d.planId,
                {core::VisitRules::stateTitle(d.state), d.personName,
                 d.festival.isEmpty() ? d.planTitle : tr("%1 (%2)").arg(d.planTitle, d.festival),
                 d.leaderName.isEmpty()
                     ? core::VisitRules::riskTitle(d.risk)
                     : tr("%1; leader %2").arg(core::VisitRules::riskTitle(d.risk), d.leaderName)},
                d.state == core::DueState::Overdue ? kOverdue : QColor(),
                d.personId};
        }
    } else {
        errors << dues.error();
    }
    auto visits = store.visitsOn(day);
    if (visits) {
        for (const core::VisitRecord& v : visits.value()) {
            QStringList details;
            if (!v.demands.isEmpty())
                details << v.demands;
            if (v.moneyFen > 0)
                details << tr("%1 yuan").arg(core::PolicyRules::yuan(v.moneyFen));
            if (!v.goods.isEmpty())
                details << v.goods;
            rows << RecordTableModel::Row{-v.id,
                                          {core::VisitRules::stateTitle(core::DueState::Done),
                                           v.personNames.join(QStringLiteral("、")),
                                           core::VisitRules::formTitle(v.form),
                                           details.join(tr("; "))},
                                          kDone,
                                          v.personIds.isEmpty() ? 0 : v.personIds.first()};
        }
    } else {
        errors << visits.error();
    }
    m_day->setRows(rows);
    const QString title =
        tr("%1: %2").arg(core::chineseDate(day), VisitCalendar::dayText(m_calendar->day(day)));
    m_dayTitle->setText(errors.isEmpty() ? title : errors.join(QLatin1Char(' ')));
    if (!rows.isEmpty())
        m_dayView->selectRow(0);
}

QWidget* VisitPage::buildDueTab()
{
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    auto* filters = new QHBoxLayout;
    auto label = [tab](const QString& text, QWidget* buddy) {
        auto* lab = new QLabel(text, tab);
        lab->setBuddy(buddy);
        return lab;
    };
    m_until = new QDateEdit(tab);
    m_until->setObjectName(QStringLiteral("dueUntil"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_until->setDate(core::VisitRules::endOfWeek(session().db->clock().today()));
    m_township = new QComboBox(tab);
    m_township->setObjectName(QStringLiteral("dueTownship"));
    m_township->addItem(tr("All townships"), QString());
    for (const core::Township& t : core::AreaStore(*session().db).townships())
        m_township->addItem(t.name, t.code);
    m_leader = new QComboBox(tab);
    m_leader->setObjectName(QStringLiteral("dueLeader"));
    m_leader->addItem(tr("Any leader"), qint64(0));
    if (const auto users = core::UserStore(*session().db).all(); users)
        for (const core::User& u : users.value())
            m_leader->addItem(u.displayName, u.id);
    m_risk = new QComboBox(tab);
    m_risk->setObjectName(QStringLiteral("dueRisk"));
    m_risk->addItem(tr("Any risk"), -1);
    m_risk->addItem(tr("Elevated or high"), int(core::RiskLevel::Elevated));
    m_risk->addItem(tr("High only"), int(core::RiskLevel::High));
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), tab);
    m_overdueOnly->setObjectName(QStringLiteral("dueOverdueOnly"));
    filters->addWidget(label(tr("&Until:"), m_until));
    filters->addWidget(m_until);
    filters->addWidget(label(tr("To&wnship:"), m_township));
    filters->addWidget(m_township);
    filters->addWidget(label(tr("&Leader:"), m_leader));
    filters->addWidget(m_leader);
    filters->addWidget(label(tr("R&isk:"), m_risk));
    filters->addWidget(m_risk);
    filters->addWidget(m_overdueOnly);
    filters->addStretch(1);
    l->addLayout(filters);
    auto* line = new QHBoxLayout;
    m_dueCount = new QLabel(tab);
    m_dueCount->setObjectName(QStringLiteral("dueCount"));
    m_recordDue = new QPushButton(tr("&Record visit…"), tab);
    m_recordDue->setObjectName(QStringLiteral("recordDueVisit"));
    m_recordDue->setVisible(canRecord());
    auto* exportButton = new QPushButton(tr("&Export…"), tab);
    exportButton->setObjectName(QStringLiteral("exportDue"));
    line->addWidget(m_dueCount, 1);
    line->addWidget(m_recordDue);
    line->addWidget(exportButton);
    l->addLayout(line);
    m_due = new DueListModel(*session().db, this);
    m_dueView = makeListTable(m_due, "dueView", tab);
    fitColumns(m_dueView, DueListModel::Plan);
    l->addWidget(m_dueView, 1);

    connect(m_until, &QDateEdit::dateChanged, this, &VisitPage::refreshDue);
    for (QComboBox* c : {m_township, m_leader, m_risk})
        connect(c, &QComboBox::currentIndexChanged, this, &VisitPage::refreshDue);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &VisitPage::refreshDue);
    auto recordChosen = [this] {
        const core::DueVisit d = m_due->rowAt(m_dueView->currentIndex().row());
        if (d.personId > 0)
            recordVisit(session().db->clock().today(), d.personId, d.planId);
    };
    connect(m_recordDue, &QPushButton::clicked, this, recordChosen);
    connect(m_dueView, &QTableView::doubleClicked, this, [this, recordChosen] {
        if (canRecord())
            recordChosen();
    });
    connect(exportButton, &QPushButton::clicked, this, &VisitPage::exportDue);
    return tab;
}

void VisitPage::refreshDue()
{
    core::DueFilter f;
    f.until = m_until->date();
    f.townshipCode = m_township->currentData().toString();
    f.leaderUserId = m_leader->currentData().toLongLong();
    f.minimumRisk = m_risk->currentData().toInt();
    f.overdueOnly = m_overdueOnly->isChecked();
    m_due->setFilter(f);
    m_dueCount->setText(m_due->lastError().isEmpty()
                            ? tr("%n visit(s) due up to %1.", nullptr, m_due->totalCount())
                                  .arg(core::chineseDate(f.until))
                            : m_due->lastError());
    m_recordDue->setEnabled(m_due->rowCount() > 0);
    if (m_due->rowCount() > 0)
        m_dueView->selectRow(0);
}

bool VisitPage::recordVisit(const QDate& day, qint64 personId, qint64 planId)
{
    if (!canRecord())
        return false;
    const QDate today = session().db->clock().today();
    VisitDialog dlg(session(), day.isValid() && day <= today ? day : today, personId, planId, this);
    if (dlg.exec() != QDialog::Accepted)
        return false;
    Q_EMIT statusMessage(dlg.openedTitle().isEmpty()
                             ? tr("Visit recorded.")
                             : tr("Visit recorded; opened: %1.").arg(dlg.openedTitle()));
    afterWrite();
    return true;
}

void VisitPage::afterWrite()
{
    refreshCalendar();
    refreshDue();
    refreshPlans();
    refreshKeyPerson();
}

bool VisitPage::exportDue()
{
    core::ListExportRequest request;
    request.list = core::ExportList::VisitsDue;
    request.visitsDue = m_due->filter();
    QStringList words{tr("up to %1").arg(core::chineseDate(m_until->date()))};
    for (QComboBox* c : {m_township, m_leader, m_risk})
        if (c->currentIndex() > 0)
            words << c->currentText();
    if (m_overdueOnly->isChecked())
        words << tr("overdue only");
    request.subtitle = words.join(tr("; "));
    return ExportDialog::exportList(this, session(), request, tr("Visits due"));
}

void VisitPage::refresh()
{
    const int i = m_tabs->currentIndex();
    if (i == CalendarTab)
        refreshCalendar();
    else if (i == DueTab)
        refreshDue();
    else if (i == KeyPersonsTab)
        refreshKeyPerson();
    else if (i == PlansTab)
        refreshPlans();
}

bool VisitPage::openView(const QString& view)
{
    if (view.isEmpty() || view == QLatin1String("calendar")) {
        m_tabs->setCurrentIndex(CalendarTab);
        refreshCalendar();
        return true;
    }
    if (view == QLatin1String("due") || view == QLatin1String("overdue")) {
        {
            const QSignalBlocker a(m_overdueOnly), b(m_until);
            m_overdueOnly->setChecked(view == QLatin1String("overdue"));
            m_until->setDate(core::VisitRules::endOfWeek(session().db->clock().today()));
        }
        m_tabs->setCurrentIndex(DueTab);
        refreshDue();
        return true;
    }
    if (view == QLatin1String("keyPersons")) {
        m_tabs->setCurrentIndex(KeyPersonsTab);
        return true;
    }
    if (view == QLatin1String("plans")) {
        m_tabs->setCurrentIndex(PlansTab);
        return true;
    }
    return Page::openView(view);
}

} // namespace youfu::ui
