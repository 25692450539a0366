#include "payment/timelinesspanel.h"

#include "dialogs/dialogparts.h"
#include "io/computedexport.h"
#include "models/recordtablemodel.h"
#include "payment/paymentliststore.h"
#include "payment/paymentrules.h"
#include "policy/policyrules.h"
#include "widgets/filechooser.h"
#include "widgets/listtable.h"
#include "widgets/tablecolumns.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
using core::PaymentRules;
using core::PolicyRules;

QString rate(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * double(part) / double(whole), 'f', 1)
                     : QStringLiteral("—");
}

QStringList cells(const QString& township, const QString& category, const core::TimelinessRow& r)
{
    return {township,
            category,
            QString::number(r.lines),
            PolicyRules::yuan(r.owedFen),
            PolicyRules::yuan(r.paidFen),
            PolicyRules::yuan(r.paidOnTimeFen),
            PolicyRules::yuan(r.failedFen),
            PolicyRules::yuan(r.heldFen),
            PolicyRules::yuan(r.recoveryOpenFen),
            rate(r.paidOnTimeFen, r.owedFen),
            rate(r.paidFen, r.owedFen)};
}
} // namespace

TimelinessPanel::TimelinessPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("timelinessPanel"));
    const QDate month = PaymentRules::monthOf(session.db->clock().today());
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto edit = [this](const QDate& d, const char* name) {
        auto* e = new QDateEdit(d, this);
        e->setObjectName(QLatin1String(name));
        e->setDisplayFormat(QStringLiteral("yyyy-MM"));
        return e;
    };
    m_from = edit(QDate(month.year(), 1, 1), "timelinessFrom");
    m_to = edit(month, "timelinessTo");
    auto* fromLabel = new QLabel(tr("Fro&m month:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("T&o month:"), this);
    toLabel->setBuddy(m_to);
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportTimeliness"));
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addStretch(1);
    top->addWidget(m_export);
    layout->addLayout(top);
    m_headers = QStringList{tr("Township"),      tr("Category"),    tr("Lines"),
                            tr("Owed (yuan)"),   tr("Paid (yuan)"), tr("On time (yuan)"),
                            tr("Failed (yuan)"), tr("Held (yuan)"), tr("To recover (yuan)"),
                            tr("On time %"),     tr("In full %")};
    m_model = new RecordTableModel(m_headers, this);
    m_view = makeListTable(m_model, "timelinessView", this);
    fitColumns(m_view, 1);
    layout->addWidget(m_view, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    connect(m_from, &QDateEdit::dateChanged, this, &TimelinessPanel::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &TimelinessPanel::reload);
    connect(m_export, &QPushButton::clicked, this, &TimelinessPanel::exportTable);
}

void TimelinessPanel::reload()
{
    m_error->hide();
    m_lines.clear();
    const QDate first = PaymentRules::monthOf(m_from->date());
    const QDate last = PaymentRules::monthOf(m_to->date());
    if (first > last) {
        m_model->setRows({});
        showError(m_error, tr("The first month is after the last month."));
        return;
    }
    const core::PaymentListStore store(*m_session.db);
    auto read = store.timeliness(first, last, store.settings().payDay);
    if (!read) {
        m_model->setRows({});
        showError(m_error, read.error());
        return;
    }
    core::TimelinessRow total;
    QList<RecordTableModel::Row> rows;
    for (const core::TimelinessRow& r : read.value()) {
        m_lines << cells(r.townshipName, r.categoryName, r);
        total.lines += r.lines;
        total.owedFen += r.owedFen;
        total.paidFen += r.paidFen;
        total.paidOnTimeFen += r.paidOnTimeFen;
        total.failedFen += r.failedFen;
        total.heldFen += r.heldFen;
        total.recoveryOpenFen += r.recoveryOpenFen;
    }
    if (!m_lines.isEmpty())
        m_lines << cells(tr("Total"), QString(), total);
    for (const QStringList& l : m_lines)
        rows << RecordTableModel::Row{0, l, QColor(), 0};
    m_model->setRows(rows);
    m_export->setEnabled(!m_lines.isEmpty());
}

QString TimelinessPanel::subtitle() const
{
    return tr("%1 to %2")
        .arg(PaymentRules::monthTitle(PaymentRules::monthOf(m_from->date())),
             PaymentRules::monthTitle(PaymentRules::monthOf(m_to->date())));
}

bool TimelinessPanel::exportTo(const QString& path)
{
    auto rows = core::exportComputedTable(
        *m_session.db, m_session.actor, QStringLiteral("payment_timeliness"),
        tr("Payments timely and in full"), subtitle(), m_headers, m_lines, path);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(tr("%n row(s) exported to %1.", nullptr, int(rows.value()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

void TimelinessPanel::exportTable()
{
    const QString name =
        tr("Payments timely and in full %1.xlsx")
            .arg(m_session.db->clock().today().toString(QStringLiteral("yyyyMMdd")));
    const QString path = chooseSaveFile(this, tr("Export the table"), QDir::home().filePath(name),
                                        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace youfu::ui
