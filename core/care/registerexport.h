#pragma once

#include "common/result.h"
#include "io/tableexport.h"
#include "security/actor.h"

#include <QList>
#include <QVariantList>

#include <functional>
#include <memory>

namespace youfu::core {

class Database;

// The export of one of the care and township registers (义诊, 临时救助, 政策宣传): the table is
// written atomically (0600) and the export recorded in one audit entry ("list.export", the
// list's key, rows, format) before the file is put in place. Returns the number of rows.
Result<qint64> exportRegister(Database& db, const Actor& actor, ExportTable table,
                              const QString& listKey, const QString& path, ExportOptions options);

// "<title> (<office>)" when the office's name is set.
QString registerTitle(Database& db, const QString& title);

// The rows of a table read `pageSize` at a time through `fetch(offset, limit)`, each turned
// into its cells by `cells`.
template <typename Row>
std::function<Result<bool>(QVariantList&)>
pagedRows(std::function<Result<QList<Row>>(int offset, int limit)> fetch,
          std::function<QVariantList(const Row&)> cells, int pageSize = 500)
{
    struct State
    {
        QList<Row> rows;
        int next = 0;
        int offset = 0;
        bool atEnd = false;
    };
    auto state = std::make_shared<State>();
    return [=](QVariantList& out) -> Result<bool> {
        if (state->next >= state->rows.size()) {
            if (state->atEnd)
                return false;
            auto read = fetch(state->offset, pageSize);
            if (!read)
                return read.status();
            state->rows = read.takeValue();
            state->next = 0;
            state->offset += state->rows.size();
            state->atEnd = state->rows.size() < pageSize;
            if (state->rows.isEmpty())
                return false;
        }
        out = cells(state->rows.at(state->next++));
        return true;
    };
}

} // namespace youfu::core
