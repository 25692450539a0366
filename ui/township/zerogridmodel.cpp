#include "township/zerogridmodel.h"

#include "township/zeroreportpapers.h"

#include <QBrush>
#include <QColor>

namespace youfu::ui {

void ZeroGridModel::setGrid(const core::ZeroMonthGrid& grid)
{
    beginResetModel();
    m_grid = grid;
    endResetModel();
}

int ZeroGridModel::days() const
{
    const QDate first(m_grid.year, m_grid.month, 1);
    return first.isValid() ? first.daysInMonth() : 0;
}

QDate ZeroGridModel::dayOf(int column) const
{
    if (column < 1 || column > days())
        return QDate();
    return QDate(m_grid.year, m_grid.month, column);
}

int ZeroGridModel::columnOf(const QDate& day) const
{
    if (day.year() != m_grid.year || day.month() != m_grid.month)
        return -1;
    return day.day();
}

int ZeroGridModel::rowOf(const QString& townshipCode) const
{
    for (int i = 0; i < m_grid.rows.size(); ++i)
        if (m_grid.rows.at(i).townshipCode == townshipCode)
            return i;
    return -1;
}

QString ZeroGridModel::townshipAt(int row) const
{
    return row >= 0 && row < m_grid.rows.size() ? m_grid.rows.at(row).townshipCode : QString();
}

int ZeroGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

int ZeroGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_grid.rows.isEmpty() ? 0 : days() + 3;
}

QVariant ZeroGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_grid.rows.size())
        return {};
    const core::ZeroGridRow& row = m_grid.rows.at(index.row());
    const int c = index.column();
    const int n = days();
    if (c == 0) {
        if (role == Qt::DisplayRole)
            return row.townshipName;
        return {};
    }
    if (c > n) {
        const double rate = c == n + 1 ? row.rate.rate() : row.rate.onTimeRate();
        if (role == Qt::DisplayRole)
            return core::ZeroReportPapers::rateText(rate);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 days reported, %3 on time")
                .arg(row.rate.daysReported)
                .arg(row.rate.daysDue)
                .arg(row.rate.daysOnTime);
        return {};
    }
    if (c - 1 >= row.cells.size())
        return {};
    const core::ZeroGridCell& cell = row.cells.at(c - 1);
    switch (role) {
    case Qt::DisplayRole:
        return core::ZeroReportPapers::symbol(cell.status);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2月%3日：%4")
            .arg(row.townshipName)
            .arg(m_grid.month)
            .arg(c)
            .arg(core::ZeroReportPapers::statusTitle(cell.status));
    case Qt::BackgroundRole:
        switch (cell.status) {
        case core::ZeroDayStatus::ReportedNothing:
            return QBrush(QColor(QRgb(0xe3f2e1)));
        case core::ZeroDayStatus::ReportedItems:
            return QBrush(QColor(QRgb(0xdbe8f7)));
        case core::ZeroDayStatus::Late:
            return QBrush(QColor(QRgb(0xfdf0c8)));
        case core::ZeroDayStatus::Missing:
            return QBrush(QColor(QRgb(0xf8d3d0)));
        case core::ZeroDayStatus::NotYetDue:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        return cell.status == core::ZeroDayStatus::Missing ? QBrush(QColor(QRgb(0xa31515)))
                                                           : QVariant();
    case StatusRole:
        return int(cell.status);
    case ReportIdRole:
        return cell.reportId;
    default:
        return {};
    }
}

QVariant ZeroGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const int n = days();
    if (section == 0)
        return tr("Township");
    if (section == n + 1)
        return tr("Rate");
    if (section == n + 2)
        return tr("On time");
    return section;
}

} // namespace youfu::ui
