#pragma once

#include "common/result.h"

#include <QByteArray>

#include <memory>

struct sqlite3;

namespace youfu::core {

class Database;
class RawStatement;
class RowBatch;

// Rows written many at a time: `INSERT INTO t (…) VALUES (…), (…), …` with up to
// rowsPerStatement rows per statement, for a bulk write inside the caller's transaction (the
// roster import's 200,000 persons). A statement of many rows costs SQLite little more than one
// of a single row, so the per-statement work (cursors opened and closed, the statement
// journal) is paid once per chunk instead of once per row.
//
// When a chunk is refused (a constraint), SQLite undoes that statement alone; its rows are
// then written one by one, so that the row at fault is known (failedRow) and the refusal is
// that row's own.
class BulkInsert
{
public:
    // head: "INSERT INTO table (a, b, c)"; columns: how many values each row has.
    BulkInsert(Database& db, const QByteArray& head, int columns, int rowsPerStatement = 64);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    [[nodiscard]] Status prepared() const;
    // Writes every row of the batch, in order. On failure, failedRow() is the row refused.
    [[nodiscard]] Status write(const RowBatch& rows);
    int failedRow() const { return m_failedRow; }

private:
    [[nodiscard]] Status writeOneByOne(const RowBatch& rows, int first, int count);

    sqlite3* m_handle;
    int m_columns;
    int m_rowsPerStatement;
    std::unique_ptr<RawStatement> m_many;
    std::unique_ptr<RawStatement> m_one;
    int m_failedRow = -1;
};

} // namespace youfu::core
