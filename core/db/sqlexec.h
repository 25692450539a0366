#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

class QSqlQuery;

namespace youfu::core {

// Running a statement in a store. A failed statement is an error in the clerk's words, never
// "no rows": a list that could not be read must not look empty.
[[nodiscard]] Status runQuery(QSqlQuery& q);                     // a prepared statement
[[nodiscard]] Status runQuery(QSqlQuery& q, const QString& sql); // a statement without values
// The failure of a statement that already ran, in the clerk's words.
[[nodiscard]] Status sqlFailure(const QSqlQuery& q);
// A statement that must find one row (positioned on it): notFound when there is none.
[[nodiscard]] Status runSingle(QSqlQuery& q, const QString& notFound);
// The first column of every row of a statement without values, as whole numbers (the
// distinct years a register holds…).
[[nodiscard]] Result<QList<int>> readIntColumn(QSqlQuery& q, const QString& sql);

} // namespace youfu::core
