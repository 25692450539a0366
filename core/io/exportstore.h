#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>

namespace youfu::core {

class Database;

// The few reads an export needs beyond the lists' own stores: the full citizen IDs of a page
// of rows, for an export with full numbers (the lists carry them masked).
class ExportStore
{
public:
    explicit ExportStore(Database& db) : m_db(db) {}

    // Person id → citizen ID, for the persons given.
    Result<QHash<qint64, QString>> citizenIdsOfPersons(const QList<qint64>& personIds) const;
    // Application id → the citizen ID of the person it is for.
    Result<QHash<qint64, QString>>
    citizenIdsOfApplications(const QList<qint64>& applicationIds) const;

private:
    Result<QHash<qint64, QString>> lookup(const QString& sql, const QList<qint64>& ids) const;
    Database& m_db;
};

} // namespace youfu::core
