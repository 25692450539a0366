#pragma once

#include "common/result.h"

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace youfu::core {

class Database;
class RowBatch;

// A prepared statement on the connection's own SQLite handle, for the bulk paths of a store
// (a roll's 200,000 lines, a bank return's 200,000 results): values bound by position without
// QVariant, the statement reused row after row. Runs inside the caller's transaction (the same
// connection as its QSqlQuery statements). Failures read as runQuery's, in the clerk's words.
class RawStatement
{
public:
    RawStatement(Database& db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    // Whether the statement could be prepared (else why not).
    [[nodiscard]] Status prepared() const;

    // Parameters are numbered from 1, as in SQLite. A null QString binds "" (as textOrEmpty).
    void bind(int index, qint64 value);
    void bind(int index, const QString& text);
    void bindNull(int index);
    // Binds row `row` of the batch to the parameters from `firstIndex` on, without copying: the
    // batch must live until the statement has run.
    void bindRow(const RowBatch& rows, int row, int firstIndex = 1);

    // Runs a statement that returns no rows, then makes it ready for the next values.
    [[nodiscard]] Status run();
    // Steps a query: true while positioned on a row, false at the end (then reset).
    [[nodiscard]] Result<bool> next();
    void reset();
    qint64 lastInsertId() const;

    qint64 int64(int column) const; // columns are numbered from 0
    QString text(int column) const;
    bool isNull(int column) const;

private:
    [[nodiscard]] Status failure(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareCode = 0;
};

} // namespace youfu::core
