#include "visit/receptionpanel.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "settings/settingsstore.h"
#include "visit/receptionrules.h"
#include "visit/receptionstore.h"
#include "visit/visitpapers.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace youfu::ui {

ReceptionPanel::ReceptionPanel(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("receptionPanel"));
    const QDate today = session.db ? session.db->clock().today() : QDate::currentDate();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("month"));
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(tr("Month %1").arg(m), m);
    m_month->setCurrentIndex(today.month() - 1);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_year);
    top->addWidget(monthLabel);
    top->addWidget(m_year);
    top->addWidget(m_month);
    auto* print = new QPushButton(tr("&Print roster…"), this);
    print->setObjectName(QStringLiteral("printReception"));
    top->addStretch();
    top->addWidget(print);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("receptionDays"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Weekday"), tr("Leader on duty"), tr("Place"), tr("Note"), tr("Received")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    fitColumns(m_table, 4);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_leader = new QLineEdit(this);
    m_leader->setObjectName(QStringLiteral("leader"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_day = new QDateEdit(today, this);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("weekday"));
    for (int d = 1; d <= 7; ++d)
        m_weekday->addItem(core::ReceptionRules::weekdayTitle(QDate(2024, 1, d)),
                           d);     // 1 Jan 2024: Monday
    m_weekday->setCurrentIndex(2); // Wednesday
    form->addRow(tr("&Leader:"), m_leader);
    form->addRow(tr("Pl&ace:"), m_place);
    form->addRow(tr("&Reason / note:"), m_note);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Weekday:"), m_weekday);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto add = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    auto* generate = add(tr("Every weekday of the month"), "generateReception");
    auto* set = add(tr("&Set the day"), "setReceptionDay");
    auto* sub = add(tr("Su&bstitute"), "substituteReception");
    auto* remove = add(tr("Remo&ve the day"), "removeReceptionDay");
    buttons->addStretch();
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    connect(generate, &QPushButton::clicked, this, &ReceptionPanel::generate);
    connect(set, &QPushButton::clicked, this, &ReceptionPanel::setDay);
    connect(sub, &QPushButton::clicked, this, &ReceptionPanel::substitute);
    connect(remove, &QPushButton::clicked, this, &ReceptionPanel::removeDay);
    connect(print, &QPushButton::clicked, this, &ReceptionPanel::print);
    connect(m_year, &QSpinBox::valueChanged, this, &ReceptionPanel::refresh);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ReceptionPanel::refresh);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        const QDate d = m_table->item(row, 0)->data(Qt::UserRole).toDate();
        if (d.isValid())
            m_day->setDate(d);
    });
    refresh();
}

void ReceptionPanel::refresh()
{
    m_table->setRowCount(0);
    if (!m_session.db)
        return;
    auto days =
        core::ReceptionStore(*m_session.db).month(m_year->value(), m_month->currentData().toInt());
    if (!days) {
        showError(m_error, days.error());
        return;
    }
    m_table->setRowCount(int(days->size()));
    for (int r = 0; r < days->size(); ++r) {
        const core::ReceptionDay& d = days->at(r);
        auto* first = new QTableWidgetItem(core::chineseDate(d.day));
        first->setData(Qt::UserRole, d.day);
        m_table->setItem(r, 0, first);
        m_table->setItem(r, 1, new QTableWidgetItem(core::ReceptionRules::weekdayTitle(d.day)));
        m_table->setItem(r, 2, new QTableWidgetItem(d.leaderName));
        m_table->setItem(r, 3, new QTableWidgetItem(d.place));
        m_table->setItem(r, 4, new QTableWidgetItem(core::ReceptionRules::remark(d)));
        // Visits and cases taken on the day (linked to it when they were recorded).
        auto* received =
            new QTableWidgetItem(d.received > 0 ? QString::number(d.received) : QString());
        received->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 5, received);
    }
}

bool ReceptionPanel::report(const core::Status& status, const QString& done)
{
    if (!status) {
        showError(m_error, status.error());
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(done);
    refresh();
    return true;
}

void ReceptionPanel::generate()
{
    core::ReceptionDay leader;
    leader.leaderName = m_leader->text();
    leader.place = m_place->text();
    auto n = core::ReceptionStore(*m_session.db)
                 .generateMonth(m_session.actor, m_year->value(), m_month->currentData().toInt(),
                                m_weekday->currentData().toInt(), leader);
    report(n.status(), n ? tr("%n reception day(s) added.", nullptr, n.value()) : QString());
}

void ReceptionPanel::setDay()
{
    core::ReceptionDay d;
    d.day = m_day->date();
    d.leaderName = m_leader->text();
    d.place = m_place->text();
    d.note = m_note->text();
    report(core::ReceptionStore(*m_session.db).setDay(m_session.actor, d).status(),
           tr("The reception day is set."));
}

void ReceptionPanel::substitute()
{
    report(core::ReceptionStore(*m_session.db)
               .substitute(m_session.actor, m_day->date(), 0, m_leader->text(), m_note->text()),
           tr("Another leader takes the day."));
}

void ReceptionPanel::removeDay()
{
    report(core::ReceptionStore(*m_session.db).removeDay(m_session.actor, m_day->date()),
           tr("The day is removed from the roster."));
}

core::OfficialDocument ReceptionPanel::roster() const
{
    const int year = m_year->value();
    const int month = m_month->currentData().toInt();
    auto days = core::ReceptionStore(*m_session.db).month(year, month);
    return core::VisitPapers::receptionRoster(
        core::SettingsStore(*m_session.db).officeName(), year, month,
        days ? days.value() : QList<core::ReceptionDay>(), m_session.db->clock().today());
}

void ReceptionPanel::print()
{
    showPrintPreview(this, roster(),
                     QStringLiteral("%1年%2月领导接访日安排表.pdf")
                         .arg(m_year->value())
                         .arg(m_month->currentData().toInt()));
}

} // namespace youfu::ui
