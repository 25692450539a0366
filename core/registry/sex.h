#pragma once

#include <QString>

namespace youfu::core {

enum class Sex
{
    Unknown,
    Male,
    Female
};

QString sexKey(Sex s);              // "M", "F", "" as stored
Sex sexFromKey(const QString& key); // Unknown for anything else
QString sexTitle(Sex s);            // 男 / 女 (data shown as the office writes it)

} // namespace youfu::core
