#pragma once

#include "care/care.h"
#include "common/result.h"

#include <QList>

namespace youfu::core {

class Database;

// Everything of one person's care, for the person editor's 关爱 tab: recuperation batches,
// medical settlements, free clinics seen, temporary assistance granted (approved
// applications). Newest first.
class PersonCareStore
{
public:
    explicit PersonCareStore(Database& db) : m_db(db) {}

    Result<QList<CareEvent>> events(qint64 personId) const;

private:
    Database& m_db;
};

} // namespace youfu::core
