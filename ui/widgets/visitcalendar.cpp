#include "widgets/visitcalendar.h"

#include <QPainter>
#include <QTableView>

namespace youfu::ui {

VisitCalendar::VisitCalendar(QWidget* parent) : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("visitCalendar"));
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setFirstDayOfWeek(Qt::Monday);
    setMinimumSize(520, 320);
}

void VisitCalendar::setDays(const QList<core::VisitDay>& days)
{
    m_days.clear();
    for (const core::VisitDay& d : days)
        m_days.insert(d.date, d);
    if (auto* view = findChild<QTableView*>())
        view->viewport()->update();
    update();
}

QString VisitCalendar::dayText(const core::VisitDay& day)
{
    QStringList parts;
    if (day.done)
        parts << tr("%n done", nullptr, day.done);
    if (day.due)
        parts << tr("%n due", nullptr, day.due);
    if (day.overdue)
        parts << tr("%n overdue", nullptr, day.overdue);
    return parts.isEmpty() ? tr("no visits") : parts.join(tr(", "));
}

void VisitCalendar::paintCell(QPainter* painter, const QRect& rect, QDate date) const
{
    const core::VisitDay d = m_days.value(date);
    const bool any = d.done || d.due || d.overdue;
    if (!any) {
        QCalendarWidget::paintCell(painter, rect, date);
        return;
    }
    // The number at the top of the cell, the counts below it.
    painter->save();
    const bool selected = date == selectedDate();
    painter->fillRect(rect, selected ? palette().highlight() : palette().base());
    QFont f = painter->font();
    painter->setPen(selected ? palette().highlightedText().color() : palette().text().color());
    painter->drawText(rect.adjusted(2, 1, -2, 0), Qt::AlignHCenter | Qt::AlignTop,
                      QString::number(date.day()));
    f.setPointSizeF(f.pointSizeF() * 0.8);
    f.setBold(true);
    painter->setFont(f);
    struct Mark
    {
        int count;
        QColor color;
    };
    const Mark marks[] = {{d.done, QColor(0x2e, 0x6b, 0x30)},
                          {d.due, QColor(0x1f, 0x4e, 0x9a)},
                          {d.overdue, QColor(0xb0, 0x00, 0x20)}};
    int x = rect.left() + 2;
    const int w = (rect.width() - 4) / 3;
    for (const Mark& m : marks) {
        if (m.count > 0) {
            painter->setPen(selected ? palette().highlightedText().color() : m.color);
            painter->drawText(QRect(x, rect.top(), w, rect.height() - 1),
                              Qt::AlignHCenter | Qt::AlignBottom, QString::number(m.count));
        }
        x += w;
    }
    painter->restore();
}

} // namespace youfu::ui
