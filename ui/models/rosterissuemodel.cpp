#include "models/rosterissuemodel.h"

#include <QBrush>
#include <QColor>

namespace youfu::ui {

RosterIssueModel::RosterIssueModel(QObject* parent) : QAbstractTableModel(parent) {}

void RosterIssueModel::setIssues(const QList<core::RowIssue>& issues)
{
    beginResetModel();
    m_issues = issues;
    rebuild();
    endResetModel();
}

void RosterIssueModel::setKindFilter(std::optional<core::RowIssue::Kind> kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    rebuild();
    endResetModel();
}

void RosterIssueModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_issues.size(); ++i)
        if (!m_kind || m_issues.at(i).kind == *m_kind)
            m_shown << i;
}

QString RosterIssueModel::kindTitle(core::RowIssue::Kind kind)
{
    switch (kind) {
    case core::RowIssue::Kind::Repaired:
        return tr("Repaired");
    case core::RowIssue::Kind::Refused:
        return tr("Not imported");
    case core::RowIssue::Kind::Skipped:
        return tr("Skipped");
    case core::RowIssue::Kind::Duplicate:
        return tr("Duplicate");
    case core::RowIssue::Kind::Merged:
        return tr("Merged");
    }
    return QString();
}

QString RosterIssueModel::text(const core::RowIssue& issue, int column) const
{
    switch (column) {
    case Row:
        return QString::number(issue.row);
    case Kind:
        return kindTitle(issue.kind);
    case ColumnName:
        return issue.column.isEmpty() ? tr("(whole row)") : issue.column;
    case Original:
        return issue.original;
    case Became:
        return issue.value;
    case Message:
        return issue.message;
    default:
        return QString();
    }
}

int RosterIssueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RosterIssueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterIssueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const core::RowIssue& issue = issueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Row)
            return issue.row;
        return text(issue, index.column());
    case Qt::ToolTipRole:
        return text(issue, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Kind && issue.kind == core::RowIssue::Kind::Refused)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (index.column() == Kind && issue.kind == core::RowIssue::Kind::Repaired)
            return QBrush(QColor(0x1e, 0x6b, 0x3a));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Row ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RosterIssueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row:
        return tr("Row");
    case Kind:
        return tr("Kind");
    case ColumnName:
        return tr("Column");
    case Original:
        return tr("In the file");
    case Became:
        return tr("Imported as");
    case Message:
        return tr("Repair or reason");
    default:
        return {};
    }
}

QStringList RosterIssueModel::headerTexts() const
{
    QStringList h;
    for (int c = 0; c < ColumnCount; ++c)
        h << headerData(c, Qt::Horizontal).toString();
    return h;
}

QList<QStringList> RosterIssueModel::shownLines() const
{
    QList<QStringList> lines;
    lines.reserve(m_shown.size());
    for (int i : m_shown) {
        QStringList line;
        for (int c = 0; c < ColumnCount; ++c)
            line << text(m_issues.at(i), c);
        lines << line;
    }
    return lines;
}

} // namespace youfu::ui
