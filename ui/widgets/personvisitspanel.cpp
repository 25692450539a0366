#include "widgets/personvisitspanel.h"
#include "widgets/listtable.h"

#include "common/isotime.h"
#include "models/recordtablemodel.h"
#include "policy/policyrules.h"
#include "visit/visitfollowup.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"
#include "widgets/tablecolumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("font-weight: bold;"));
    return l;
}
} // namespace

PersonVisitsPanel::PersonVisitsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("personVisits"));
    auto* v = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("personVisitsNote"));
    m_note->setWordWrap(true);
    v->addWidget(m_note);
    v->addWidget(heading(tr("Key-person records"), this));
    m_key = new RecordTableModel(
        {tr("Since"), tr("Until"), tr("Reason"), tr("Risk"), tr("Review"), tr("Ended")}, this);
    auto* key = makeListTable(m_key, "personKeyRecords", this);
    fitColumns(key, 2);
    v->addWidget(key, 1);
    v->addWidget(heading(tr("Visit plans"), this));
    m_plans =
        new RecordTableModel({tr("Plan"), tr("Rhythm"), tr("Start"), tr("End"), tr("State")}, this);
    auto* plans = makeListTable(m_plans, "personPlans", this);
    fitColumns(plans, 0);
    v->addWidget(plans, 1);
    v->addWidget(heading(tr("Visits"), this));
    m_visits = new RecordTableModel(
        {tr("Date"), tr("Form"), tr("What they asked"), tr("Money (yuan)"), tr("Follow-up")}, this);
    auto* visits = makeListTable(m_visits, "personVisitRecords", this);
    fitColumns(visits, 2);
    v->addWidget(visits, 2);
}

void PersonVisitsPanel::setPerson(qint64 personId)
{
    QList<RecordTableModel::Row> key, plans, visits;
    QStringList errors;
    if (personId > 0) {
        core::VisitStore store(*m_session.db);
        if (auto h = store.keyPersonHistory(personId); h) {
            for (const core::KeyPersonRecord& r : h.value())
                key << RecordTableModel::Row{
                    r.id,
                    {core::toIsoDate(r.since), core::toIsoDate(r.until),
                     r.reasonText.isEmpty()
                         ? core::VisitRules::reasonTitle(r.reason)
                         : tr("%1: %2").arg(core::VisitRules::reasonTitle(r.reason), r.reasonText),
                     core::VisitRules::riskTitle(r.risk), core::toIsoDate(r.reviewOn), r.endReason},
                    r.until.isValid() ? QColor(0x80, 0x80, 0x80) : QColor()};
        } else {
            errors << h.error();
        }
        if (auto p = store.plansOf(personId); p) {
            for (const core::VisitPlan& plan : p.value())
                plans << RecordTableModel::Row{
                    plan.id,
                    {plan.title, core::VisitRules::rhythmTitle(plan), core::toIsoDate(plan.start),
                     core::toIsoDate(plan.end),
                     plan.active ? tr("Active") : tr("Stopped: %1").arg(plan.stoppedReason)},
                    plan.active ? QColor() : QColor(0x80, 0x80, 0x80)};
        } else {
            errors << p.error();
        }
        if (auto vs = store.visitsOf(personId); vs) {
            const core::VisitFollowUp followUps(*m_session.db);
            for (const core::VisitRecord& r : vs.value()) {
                // What the visit opened, by its number where it has one.
                QString follow = r.followUp == core::FollowUpKind::None
                                     ? QString()
                                     : core::VisitRules::followUpTitle(r.followUp);
                if (auto link = followUps.linkOf(r); link && !link->title.isEmpty())
                    follow = link->title;
                visits << RecordTableModel::Row{
                    r.id,
                    {core::toIsoDate(r.date), core::VisitRules::formTitle(r.form), r.demands,
                     r.moneyFen ? core::PolicyRules::yuan(r.moneyFen) : QString(), follow},
                    QColor()};
            }
        } else {
            errors << vs.error();
        }
    }
    m_key->setRows(key);
    m_plans->setRows(plans);
    m_visits->setRows(visits);
    if (!errors.isEmpty())
        m_note->setText(errors.join(QLatin1Char(' ')));
    else if (personId <= 0)
        m_note->setText(tr("Visits are kept once the person is saved."));
    else
        m_note->setText(tr("%n visit(s) recorded. Visits are recorded on the Visits page.", nullptr,
                           int(visits.size())));
}

} // namespace youfu::ui
