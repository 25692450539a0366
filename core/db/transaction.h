#pragma once

#include "common/result.h"

#include <QString>

namespace youfu::core {

class Database;

// One unit of work. The outermost Transaction takes the write lock at once (BEGIN IMMEDIATE),
// so two writers never deadlock half-way; inner ones are savepoints. Rolls back unless
// committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const QString& error() const { return m_error; }
    Status status() const { return m_active ? Status::success() : Status::failure(m_error); }
    Status commit();
    void rollback();

private:
    Database& m_db;
    int m_level = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace youfu::core
