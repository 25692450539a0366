#include "payment/personpaymentspanel.h"

#include "common/isotime.h"
#include "models/paymentlinemodel.h"
#include "models/recordtablemodel.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "payment/paymentwords.h"
#include "policy/policyrules.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

using core::PaymentRules;
using core::PolicyRules;

PersonPaymentsPanel::PersonPaymentsPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("personPayments"));
    auto* v = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("personPaymentsNote"));
    m_note->setWordWrap(true);
    v->addWidget(m_note);
    m_lineModel = new RecordTableModel(
        {tr("Roll"), tr("Amount (yuan)"), tr("State"), tr("Note"), tr("Categories")}, this);
    m_lineView = makeListTable(m_lineModel, "personPaymentLines", this);
    fitColumns(m_lineView, 0);
    m_itemModel = new RecordTableModel(paymentItemHeader(), this);
    QTableView* items = makeListTable(m_itemModel, "personPaymentItems", this);
    fitColumns(items, 4);
    m_recoveryModel =
        new RecordTableModel({tr("Recovery"), tr("Amount (yuan)"), tr("State"), tr("Why")}, this);
    QTableView* recoveries = makeListTable(m_recoveryModel, "personRecoveries", this);
    fitColumns(recoveries, 3);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_lineView);
    split->addWidget(items);
    split->addWidget(recoveries);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    v->addWidget(split, 1);
    connect(m_lineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PersonPaymentsPanel::showItems);
}

void PersonPaymentsPanel::setPerson(qint64 personId)
{
    m_lines.clear();
    QList<RecordTableModel::Row> lines;
    QList<RecordTableModel::Row> recoveries;
    QString note;
    if (personId <= 0) {
        note = tr("Payments show once the person is saved.");
    } else {
        const core::PaymentListStore store(*m_session.db);
        auto read = store.personLines(personId);
        auto open = store.recoveries(personId, true);
        if (!read || !open) {
            note = !read ? read.error() : open.error();
        } else {
            m_lines = read.value();
            QHash<qint64, QString> titles;
            if (auto rolls = store.rolls(); rolls)
                for (const core::PaymentRoll& r : rolls.value())
                    titles.insert(r.id, r.title);
            qint64 paid = 0;
            for (const core::PaymentLine& l : m_lines) {
                const bool problem =
                    l.state == core::LineState::Held || l.state == core::LineState::Failed;
                if (l.state == core::LineState::Paid)
                    paid += l.amountFen;
                lines << RecordTableModel::Row{
                    l.id,
                    {titles.value(l.rollId, QString::number(l.rollId)),
                     PolicyRules::yuan(l.amountFen), PaymentRules::lineStateTitle(l.state),
                     PaymentLineModel::noteOf(l), l.categoriesText},
                    problem && l.reissuedBy == 0 ? QColor(0xb0, 0x00, 0x20) : QColor(),
                    l.rollId};
            }
            for (const core::Recovery& r : open.value())
                recoveries << RecordTableModel::Row{
                    r.id,
                    {core::toIsoDate(r.recordedAt.date()), PolicyRules::yuan(r.amountFen),
                     PaymentRules::recoveryStateTitle(r.state), r.reason},
                    QColor(0x8a, 0x5a, 0x00),
                    0};
            note = m_lines.isEmpty() ? tr("No roll pays this person yet.")
                                     : tr("%n line(s) on the rolls, %1 yuan paid by the bank.",
                                          nullptr, int(m_lines.size()))
                                           .arg(PolicyRules::yuan(paid));
            if (!recoveries.isEmpty())
                note += QLatin1Char(' ') +
                        tr("%n recovery(ies) open.", nullptr, int(recoveries.size()));
        }
    }
    m_lineModel->setRows(lines);
    m_recoveryModel->setRows(recoveries);
    m_note->setText(note);
    if (!lines.isEmpty())
        m_lineView->selectRow(0);
    showItems();
}

void PersonPaymentsPanel::showItems()
{
    const int row = m_lineView->currentIndex().row();
    QList<RecordTableModel::Row> rows;
    if (row >= 0 && row < m_lines.size())
        for (const QStringList& cells :
             paymentItemRows(m_lines.at(row).items, paymentCategoryNames(*m_session.db)))
            rows << RecordTableModel::Row{0, cells, QColor(), 0};
    m_itemModel->setRows(rows);
}

} // namespace youfu::ui
