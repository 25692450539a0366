#include "models/petitionstatmodel.h"

#include <QFont>

namespace youfu::ui {

PetitionStatModel::PetitionStatModel(QObject* parent) : QAbstractTableModel(parent) {}

void PetitionStatModel::setRows(const QList<core::PetitionStatRow>& rows, const QString& firstTitle)
{
    beginResetModel();
    m_rows = rows;
    m_firstTitle = firstTitle;
    endResetModel();
}

QString PetitionStatModel::rate(int part, int of)
{
    if (of <= 0)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(100.0 * part / of, 0, 'f', 1);
}

QString PetitionStatModel::cell(const core::PetitionStatRow& r, int column) const
{
    switch (column) {
    case Title:
        return r.title;
    case Cases:
        return QString::number(r.cases);
    case AcceptedOnTime:
        return rate(r.acceptedOnTime, r.accepted);
    case AnsweredOnTime:
        return rate(r.answeredOnTime, r.answered);
    case Satisfaction:
        return rate(r.satisfied, r.returnVisits);
    }
    return QString();
}

QList<QStringList> PetitionStatModel::lines() const
{
    QList<QStringList> out;
    for (const core::PetitionStatRow& r : m_rows) {
        QStringList line;
        for (int c = 0; c < ColumnCount; ++c)
            line << cell(r, c);
        out << line;
    }
    return out;
}

QStringList PetitionStatModel::headers() const
{
    QStringList out;
    for (int c = 0; c < ColumnCount; ++c)
        out << headerData(c, Qt::Horizontal).toString();
    return out;
}

int PetitionStatModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PetitionStatModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PetitionStatModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return QVariant();
    const core::PetitionStatRow& r = m_rows.at(index.row());
    const bool total = index.row() == m_rows.size() - 1;
    switch (role) {
    case Qt::DisplayRole:
        return cell(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Title ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::UserRole:
        return r.key;
    default:
        return QVariant();
    }
}

QVariant PetitionStatModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Title:
        return m_firstTitle.isEmpty() ? tr("Group") : m_firstTitle;
    case Cases:
        return tr("Cases");
    case AcceptedOnTime:
        return tr("Accepted on time");
    case AnsweredOnTime:
        return tr("Answered on time");
    case Satisfaction:
        return tr("Satisfied");
    }
    return QVariant();
}

} // namespace youfu::ui
