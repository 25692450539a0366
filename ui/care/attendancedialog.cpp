#include "care/attendancedialog.h"

#include "care/recuperationstore.h"
#include "dialogs/dialogparts.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

AttendanceDialog::AttendanceDialog(Session& session, qint64 batchId, QWidget* parent)
    : QDialog(parent), m_session(session), m_batchId(batchId)
{
    setObjectName(QStringLiteral("attendanceDialog"));
    setWindowTitle(tr("Record attendance and cost"));
    resize(720, 480);
    core::RecuperationStore store(*session.db);
    auto batch = store.batch(batchId);
    auto people = store.participants(batchId);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Record attendance and cost"),
        batch ? tr("%1, %2 to %3. Untick those who did not come; the batch is then done.")
                    .arg(batch->title, batch->startsOn.toString(Qt::ISODate),
                         batch->endsOn.toString(Qt::ISODate))
              : batch.error(),
        this));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("attendanceTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Came"), tr("Cost (yuan)")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (people)
        m_people = people.value();
    m_table->setRowCount(int(m_people.size()));
    for (int r = 0; r < m_people.size(); ++r) {
        const core::RecuperationParticipant& p = m_people.at(r);
        auto* name = new QTableWidgetItem(p.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(r, 0, name);
        auto* came = new QTableWidgetItem;
        came->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        came->setCheckState(p.attended.value_or(true) ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(r, 1, came);
        auto* cost = new QDoubleSpinBox(m_table);
        cost->setDecimals(2);
        cost->setRange(0, 999999.99);
        cost->setGroupSeparatorShown(true);
        cost->setValue(double(p.costFen) / 100.0);
        m_table->setCellWidget(r, 2, cost);
    }
    layout->addWidget(m_table, 1);
    m_error = makeErrorLabel(this);
    if (!people)
        showError(m_error, people.error());
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sa&ve"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AttendanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttendanceDialog::reject);
    layout->addWidget(buttons);
}

bool AttendanceDialog::setLine(qint64 personId, bool attended, double costYuan)
{
    for (int r = 0; r < m_people.size(); ++r) {
        if (m_people.at(r).personId != personId)
            continue;
        m_table->item(r, 1)->setCheckState(attended ? Qt::Checked : Qt::Unchecked);
        qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(r, 2))->setValue(costYuan);
        return true;
    }
    return false;
}

void AttendanceDialog::accept()
{
    QList<core::AttendanceEntry> entries;
    for (int r = 0; r < m_people.size(); ++r) {
        core::AttendanceEntry e;
        e.personId = m_people.at(r).personId;
        e.attended = m_table->item(r, 1)->checkState() == Qt::Checked;
        e.costFen =
            qRound64(qobject_cast<QDoubleSpinBox*>(m_table->cellWidget(r, 2))->value() * 100);
        entries << e;
    }
    const core::Status s = core::RecuperationStore(*m_session.db)
                               .recordAttendance(m_session.actor, m_batchId, entries);
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    QDialog::accept();
}

} // namespace youfu::ui
