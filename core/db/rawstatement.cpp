#include "db/rawstatement.h"

#include "db/database.h"
#include "db/rowbatch.h"
#include "db/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::SqlExec)
};
} // namespace

RawStatement::RawStatement(Database& db, const char* sql) : m_db(db.handle())
{
    m_prepareCode = m_db ? sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr) : SQLITE_MISUSE;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

Status RawStatement::failure(int rc) const
{
    const QString text =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
    const QSqlError error(text, text, QSqlError::StatementError, QString::number(code));
    return Status::failure(
        Tr::tr("The database refused the change: %1").arg(describeSqlError(error)));
}

Status RawStatement::prepared() const
{
    return m_prepareCode == SQLITE_OK && m_stmt ? Status::success() : failure(m_prepareCode);
}

void RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void RawStatement::bind(int index, const QString& text)
{
    static const char16_t empty = 0;
    const void* data =
        text.isNull() ? static_cast<const void*>(&empty) : static_cast<const void*>(text.utf16());
    sqlite3_bind_text16(m_stmt, index, data, int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void RawStatement::bindRow(const RowBatch& rows, int row, int firstIndex)
{
    for (int c = 0; c < rows.columns(); ++c) {
        const RowBatch::Value& v = rows.value(row, c);
        switch (v.kind) {
        case RowBatch::Kind::Null:
            sqlite3_bind_null(m_stmt, firstIndex + c);
            break;
        case RowBatch::Kind::Int:
            sqlite3_bind_int64(m_stmt, firstIndex + c, v.number);
            break;
        case RowBatch::Kind::Text:
            sqlite3_bind_text(m_stmt, firstIndex + c, rows.textData(v), v.length, SQLITE_STATIC);
            break;
        }
    }
}

Status RawStatement::run()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_stmt);
        return Status::success();
    }
    Status s = failure(rc);
    sqlite3_reset(m_stmt);
    return s;
}

Result<bool> RawStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    Status s = failure(rc);
    sqlite3_reset(m_stmt);
    return s;
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString RawStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace youfu::core
