#pragma once

#include "common/result.h"
#include "registry/registryquery.h"

#include <QList>
#include <QVariantList>

namespace youfu::core {

class Database;

// The registry's search: counts and pages of light rows over any number of persons. Every
// filter and sort has an index; text words of 3+ characters go through the FTS5 trigram
// table, shorter words through range scans on the name (and its 2nd/3rd/4th character) and
// the small villages table, and a complete phone number through its blind index. A word of
// ASCII letters only is pinyin: a prefix range on the name's initials ("zjg") or on its full
// pinyin ("zhangjianguo"; "zhang jian" typed with spaces is one word). Names sort by pinyin.
// Read-only: no permission needed beyond seeing the page (the one exception: names of persons
// from before pinyin are spelled once, as a system change, before the first search).
class RegistrySearchStore
{
public:
    explicit RegistrySearchStore(Database& db) : m_db(db) {}

    // 0 / no rows when the search failed; the *OrError forms say why (a failed search is not
    // "no match": e.g. a phone number without the right key file, or SQL refusing the query).
    qint64 count(const RegistryQuery& query) const;
    Result<qint64> countOrError(const RegistryQuery& query) const;
    // Rows [offset, offset + limit) in the query's order.
    QList<PersonRow> page(const RegistryQuery& query, int offset, int limit) const;
    Result<QList<PersonRow>> pageOrError(const RegistryQuery& query, int offset, int limit) const;
    // The next `limit` rows after `after`, the sort key of the last row read (empty: from the
    // start), which it then holds for the next call. Keyset paging: the 200,000th row costs
    // what the first does, where an OFFSET walks every row it skips. Same order and filters
    // as page(); a read that fails is an error, never a short list.
    Result<QList<PersonRow>> pageAfter(const RegistryQuery& query, QVariantList* after,
                                       int limit) const;
    // The ids in order of a page, without the row data (a model that caches rows by id).
    QList<qint64> pageIds(const RegistryQuery& query, int offset, int limit) const;

private:
    struct Sql
    {
        QString where;
        QVariantList binds;
        bool empty = false; // the text cannot match anybody
        QString error;      // the search cannot be made (e.g. no key for a phone number)
    };
    Sql build(const RegistryQuery& query) const;
    Result<QList<PersonRow>> read(const RegistryQuery& query, const QString& inner,
                                  const QVariantList& innerBinds, QVariantList* lastKey) const;

    Database& m_db;
};

} // namespace youfu::core
