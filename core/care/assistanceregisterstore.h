#pragma once

#include "care/assistanceregister.h"
#include "common/result.h"

namespace youfu::core {

class Database;

// The register of temporary assistance granted: read-only SQL over approved applications of
// that type. 住房困难 comes first, then by the date granted.
class AssistanceRegisterStore
{
public:
    explicit AssistanceRegisterStore(Database& db) : m_db(db) {}

    Result<QList<AssistanceGrant>> page(const AssistanceFilter& filter, int offset,
                                        int limit) const;
    Result<int> count(const AssistanceFilter& filter) const;
    // Grants and amounts per reason under the filter (AssistanceRegister::ordered puts them
    // in order and adds the sum).
    Result<QList<AssistanceReasonTotal>> totals(const AssistanceFilter& filter) const;
    Result<QList<int>> years() const; // years with a grant, newest first

private:
    Database& m_db;
};

} // namespace youfu::core
