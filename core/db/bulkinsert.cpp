#include "db/bulkinsert.h"

#include "db/database.h"
#include "db/rawstatement.h"
#include "db/rowbatch.h"

#include <sqlite3.h>

namespace youfu::core {

namespace {
QByteArray statementFor(const QByteArray& head, int columns, int rows)
{
    QByteArray row = "(";
    for (int c = 0; c < columns; ++c)
        row += c == 0 ? "?" : ",?";
    row += ')';
    QByteArray sql = head + " VALUES ";
    sql.reserve(sql.size() + rows * (row.size() + 1));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += ',';
        sql += row;
    }
    return sql;
}
} // namespace

BulkInsert::BulkInsert(Database& db, const QByteArray& head, int columns, int rowsPerStatement)
    : m_handle(db.handle()), m_columns(columns), m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    m_many = std::make_unique<RawStatement>(
        db, statementFor(head, columns, m_rowsPerStatement).constData());
    m_one = std::make_unique<RawStatement>(db, statementFor(head, columns, 1).constData());
}

BulkInsert::~BulkInsert() = default;

Status BulkInsert::prepared() const
{
    if (Status s = m_many->prepared(); !s)
        return s;
    return m_one->prepared();
}

Status BulkInsert::write(const RowBatch& rows)
{
    Q_ASSERT(rows.columns() == m_columns);
    m_failedRow = -1;
    int first = 0;
    for (; first + m_rowsPerStatement <= rows.rows(); first += m_rowsPerStatement) {
        for (int r = 0; r < m_rowsPerStatement; ++r)
            m_many->bindRow(rows, first + r, r * m_columns + 1);
        Status chunk = m_many->run();
        if (chunk)
            continue;
        // A constraint: SQLite undid this statement alone, the transaction goes on; the rows
        // are tried one by one to find the one at fault. Anything else (the disk, memory) may
        // have ended the transaction: nothing more is written.
        if ((sqlite3_extended_errcode(m_handle) & 0xff) != SQLITE_CONSTRAINT ||
            sqlite3_get_autocommit(m_handle)) {
            m_failedRow = first;
            return chunk;
        }
        if (Status s = writeOneByOne(rows, first, m_rowsPerStatement); !s)
            return s;
    }
    return writeOneByOne(rows, first, rows.rows() - first);
}

Status BulkInsert::writeOneByOne(const RowBatch& rows, int first, int count)
{
    for (int r = first; r < first + count; ++r) {
        m_one->bindRow(rows, r);
        if (Status s = m_one->run(); !s) {
            m_failedRow = r;
            return s;
        }
    }
    return Status::success();
}

} // namespace youfu::core
