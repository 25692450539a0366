#include "appraisal/unitevidencemodel.h"

#include "appraisal/appraisalstore.h"
#include "appraisal/unitrules.h"

namespace youfu::ui {

UnitEvidenceModel::UnitEvidenceModel(core::Database* db, int year, QString townshipCode,
                                     QString indicatorCode, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_year(year), m_township(std::move(townshipCode)),
      m_code(std::move(indicatorCode)), m_headers(core::UnitRules::evidenceHeaders(m_code))
{}

bool UnitEvidenceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_db) {
        auto page = core::AppraisalStore(*m_db).evidence(m_year, m_township, m_code, 0, kPage);
        if (page) {
            m_headers = page->headers;
            m_rows = page->rows;
            m_total = page->count;
        } else {
            m_error = page.error();
        }
    }
    endResetModel();
    return m_error.isEmpty();
}

int UnitEvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnitEvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size()) + 1;
}

QVariant UnitEvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::UnitEvidenceRow& r = m_rows[index.row()];
    const int counted = int(m_headers.size());
    if (role == Qt::UserRole)
        return r.inNumerator;
    if (role == Qt::TextAlignmentRole && index.column() == counted)
        return QVariant(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == counted)
        return r.inNumerator ? QStringLiteral("✓") : QStringLiteral("✗");
    return index.column() < r.cells.size() ? r.cells[index.column()] : QString();
}

QVariant UnitEvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == m_headers.size())
        return tr("Counted");
    return section >= 0 && section < m_headers.size() ? m_headers[section] : QVariant();
}

bool UnitEvidenceModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && m_error.isEmpty() && m_rows.size() < m_total;
}

void UnitEvidenceModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page =
        core::AppraisalStore(*m_db).evidence(m_year, m_township, m_code, int(m_rows.size()), kPage);
    if (!page) {
        m_error = page.error();
        return;
    }
    if (page->rows.isEmpty()) {
        m_total = int(m_rows.size()); // the records changed since: stop here
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size()) - 1);
    m_rows += page->rows;
    endInsertRows();
}

} // namespace youfu::ui
