#include "care/assistancepanel.h"

#include "approval/applicationrules.h"
#include "care/assistanceexport.h"
#include "care/assistanceregisterstore.h"
#include "care/pagedtablemodel.h"
#include "care/registertools.h"
#include "policy/policyrules.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

AssistancePanel::AssistancePanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session)
{
    setObjectName(QStringLiteral("assistance"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("township"));
    auto* townshipLabel = new QLabel(tr("Town&ship:"), this);
    townshipLabel->setBuddy(m_township);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString& key : core::ApplicationRules::assistanceReasonKeys())
        m_reason->addItem(core::ApplicationRules::assistanceReasonTitle(key), key);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportAssistance"));
    for (QWidget* w : std::initializer_list<QWidget*>{yearLabel, m_year, townshipLabel, m_township,
                                                      reasonLabel, m_reason})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(exportButton);
    layout->addLayout(filters);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    m_model = new PagedTableModel<core::AssistanceGrant>(
        {tr("Number"), tr("Name"), tr("Citizen ID"), tr("Township"), tr("Reason"),
         tr("Amount (yuan)"), tr("Granted on")},
        [](const core::AssistanceGrant& g, int column, int role) -> QVariant {
            if (role == Qt::TextAlignmentRole && column == 5)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            if (role != Qt::DisplayRole)
                return QVariant();
            switch (column) {
            case 0:
                return g.number;
            case 1:
                return g.personName;
            case 2:
                return g.maskedCitizenId;
            case 3:
                return g.townshipName;
            case 4:
                return core::ApplicationRules::assistanceReasonTitle(g.reason);
            case 5:
                return core::PolicyRules::yuan(g.amountFen);
            case 6:
                return g.decidedOn.toString(QStringLiteral("yyyy-MM-dd"));
            }
            return QVariant();
        },
        this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assistanceList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);

    for (QComboBox* c : {m_year, m_township, m_reason})
        connect(c, &QComboBox::currentIndexChanged, this, &AssistancePanel::reload);
    connect(exportButton, &QPushButton::clicked, this, &AssistancePanel::exportList);
}

core::AssistanceFilter AssistancePanel::filter() const
{
    core::AssistanceFilter f;
    f.year = m_year->currentData().toInt();
    f.townshipCode = m_township->currentData().toString();
    f.reason = m_reason->currentData().toString();
    return f;
}

void AssistancePanel::reload()
{
    core::AssistanceRegisterStore store(*m_session.db);
    auto years = store.years();
    fillYearFilter(m_year, years ? years.value() : QList<int>(),
                   m_session.db->clock().today().year());
    if (m_township->count() == 0)
        fillTownshipFilter(m_township, *m_session.db, tr("All townships"), false);
    const core::AssistanceFilter f = filter();
    core::Database* db = m_session.db;
    if (!m_model->reload([db, f](int offset, int limit) {
            return core::AssistanceRegisterStore(*db).page(f, offset, limit);
        }))
        Q_EMIT statusMessage(m_model->lastError());
    fitColumns(m_view, 1);
    auto totals = store.totals(f);
    if (!totals) {
        m_totals->setText(totals.error());
        return;
    }
    QStringList parts;
    for (const core::AssistanceReasonTotal& t : core::AssistanceRegister::ordered(totals.value())) {
        if (t.reason == QLatin1String("*"))
            parts.prepend(tr("Granted: %n, %1 yuan", nullptr, t.grants)
                              .arg(core::PolicyRules::yuan(t.amountFen)));
        else if (t.grants > 0)
            parts << tr("%1 %2 (%3 yuan)")
                         .arg(t.reason.isEmpty()
                                  ? tr("No reason")
                                  : core::ApplicationRules::assistanceReasonTitle(t.reason))
                         .arg(t.grants)
                         .arg(core::PolicyRules::yuan(t.amountFen));
    }
    m_totals->setText(parts.join(tr("; ")));
}

void AssistancePanel::exportList()
{
    exportRegisterFile(this, m_session, core::assistanceTable(*m_session.db, filter()),
                       QStringLiteral("assistance"), tr("Temporary assistance granted"));
}

} // namespace youfu::ui
