#include "petition/stabilitypanel.h"

#include "dialogs/dialogparts.h"
#include "models/stabilitymodel.h"
#include "petition/warningstore.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

StabilityPanel::StabilityPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("stabilityPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("stabilitySummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshStability"));
    top->addWidget(m_summary, 1);
    top->addWidget(refresh);
    layout->addLayout(top);

    m_model = new StabilityModel(this);
    m_table = makeListTable(m_model, "stabilityTable", this);
    m_table->setToolTip(tr("Double-click a township to see its cases."));
    fitColumns(m_table, StabilityModel::Township);
    layout->addWidget(m_table, 1);
    auto* hint = new QLabel(tr("Red: overdue cases, group or beyond-level petitions and high-risk "
                               "warnings. Amber: open warnings, key persons with an overdue "
                               "visit. Double-click a township to see its cases."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(refresh, &QPushButton::clicked, this, &StabilityPanel::reload);
    // A double-click also activates (and Enter does): one signal either way.
    connect(m_table, &QTableView::activated, this, &StabilityPanel::activate);
    reload();
}

void StabilityPanel::reload()
{
    m_error->hide();
    if (!m_session.db)
        return;
    auto lines = core::WarningStore(*m_session.db).stability(m_session.db->clock().today());
    if (!lines) {
        m_model->setLines({});
        m_summary->clear();
        showError(m_error, lines.error());
        return;
    }
    m_model->setLines(lines.value());
    m_summary->setText(m_model->summary());
}

QString StabilityPanel::summaryText() const
{
    return m_summary->text();
}

void StabilityPanel::activate(const QModelIndex& index)
{
    const QString code = m_model->lineAt(index.row()).townshipCode;
    if (!code.isEmpty())
        Q_EMIT townshipActivated(code);
}

} // namespace youfu::ui
