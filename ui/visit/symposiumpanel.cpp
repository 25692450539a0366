#include "visit/symposiumpanel.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "visit/symposiumdialog.h"
#include "visit/symposiumstore.h"
#include "visit/visitpapers.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

SymposiumPanel::SymposiumPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("symposiumPanel"));
    m_canRecord = core::isAllowed(session.actor.roles, core::Permission::RecordVisits);
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch();
    auto add = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        top->addWidget(b);
        return b;
    };
    m_new = add(tr("&New symposium…"), "newSymposium");
    m_open = add(m_canRecord ? tr("&Open / edit…") : tr("&Open…"), "openSymposium");
    m_print = add(tr("Print &minutes…"), "printMinutes");
    layout->addLayout(top);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("symposiums"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Place"), tr("Title")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    fitColumns(m_table, 3);
    layout->addWidget(m_table, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_new->setEnabled(m_canRecord);
    if (!m_canRecord)
        m_new->setToolTip(tr("Recording symposiums is for the clerk and the section chief."));
    connect(m_new, &QPushButton::clicked, this, &SymposiumPanel::newSymposium);
    connect(m_open, &QPushButton::clicked, this, &SymposiumPanel::openSymposium);
    connect(m_print, &QPushButton::clicked, this, &SymposiumPanel::print);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SymposiumPanel::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, &SymposiumPanel::openSymposium);
    connect(m_year, &QSpinBox::valueChanged, this, &SymposiumPanel::refresh);
    refresh();
}

void SymposiumPanel::refresh()
{
    const qint64 keep = currentSymposiumId();
    m_table->setRowCount(0);
    if (m_session.db) {
        auto list = core::SymposiumStore(*m_session.db).ofYear(m_year->value());
        if (!list) {
            showError(m_error, list.error());
        } else {
            m_error->hide();
            m_table->setRowCount(int(list->size()));
            for (int r = 0; r < list->size(); ++r) {
                const core::Symposium& s = list->at(r);
                auto* first = new QTableWidgetItem(core::chineseDate(s.heldOn));
                first->setData(Qt::UserRole, s.id);
                m_table->setItem(r, 0, first);
                m_table->setItem(r, 1,
                                 new QTableWidgetItem(core::SymposiumStore::kindTitle(s.kind)));
                m_table->setItem(r, 2, new QTableWidgetItem(s.place));
                m_table->setItem(r, 3, new QTableWidgetItem(s.title));
            }
        }
    }
    if (!keep || !selectSymposium(keep))
        updateButtons();
}

qint64 SymposiumPanel::currentSymposiumId() const
{
    const int r = m_table->currentRow();
    if (r < 0 || !m_table->item(r, 0) || !m_table->item(r, 0)->isSelected())
        return 0;
    return m_table->item(r, 0)->data(Qt::UserRole).toLongLong();
}

bool SymposiumPanel::selectSymposium(qint64 id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(r);
            updateButtons();
            return true;
        }
    return false;
}

void SymposiumPanel::updateButtons()
{
    const bool chosen = currentSymposiumId() > 0;
    m_open->setEnabled(chosen);
    m_print->setEnabled(chosen);
}

void SymposiumPanel::newSymposium()
{
    if (!m_canRecord)
        return;
    SymposiumDialog dlg(m_session, 0, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const QDate held = dlg.symposium().heldOn;
    if (held.year() != m_year->value())
        m_year->setValue(held.year()); // refreshes
    else
        refresh();
    selectSymposium(dlg.savedId());
    Q_EMIT statusMessage(tr("The symposium is recorded."));
}

void SymposiumPanel::openSymposium()
{
    const qint64 id = currentSymposiumId();
    if (!id)
        return;
    SymposiumDialog dlg(m_session, id, this);
    if (dlg.exec() != QDialog::Accepted || dlg.isReadOnly())
        return;
    refresh();
    selectSymposium(id);
    Q_EMIT statusMessage(tr("The symposium is saved."));
}

core::OfficialDocument SymposiumPanel::minutes() const
{
    const qint64 id = currentSymposiumId();
    auto s = core::SymposiumStore(*m_session.db).byId(id);
    return core::VisitPapers::symposiumMinutes(core::SettingsStore(*m_session.db).officeName(),
                                               s ? s.value() : core::Symposium{},
                                               m_session.db->clock().today());
}

QString SymposiumPanel::minutesFileName() const
{
    const int r = m_table->currentRow();
    const QString title = r >= 0 && m_table->item(r, 3) ? m_table->item(r, 3)->text() : QString();
    return tr("%1 minutes").arg(title.isEmpty() ? tr("Symposium") : title) + QStringLiteral(".pdf");
}

void SymposiumPanel::print()
{
    const qint64 id = currentSymposiumId();
    if (!id)
        return;
    auto s = core::SymposiumStore(*m_session.db).byId(id);
    if (!s) {
        showError(m_error, s.error());
        return;
    }
    showPrintPreview(this, minutes(), minutesFileName());
}

} // namespace youfu::ui
