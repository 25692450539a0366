#pragma once

#include "visit/visit.h"

#include <QCalendarWidget>
#include <QHash>

namespace youfu::ui {

// A month of visits: under each day's number how many visits were done (green), are due
// (blue) and overdue (red). The keyboard moves between days as in any calendar.
class VisitCalendar : public QCalendarWidget
{
    Q_OBJECT
public:
    explicit VisitCalendar(QWidget* parent = nullptr);
    void setDays(const QList<core::VisitDay>& days);
    core::VisitDay day(const QDate& date) const { return m_days.value(date); }
    // "done 2, due 1, overdue 1" for a day (its tooltip and the line above its list).
    static QString dayText(const core::VisitDay& day);

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;

private:
    QHash<QDate, core::VisitDay> m_days;
};

} // namespace youfu::ui
