#pragma once

#include <QStringList>

namespace youfu::core {

// The 56 ethnic groups (民族) in the order of GB/T 3304, 汉族 first. Data, not translated.
class Ethnicity
{
public:
    static const QStringList& all();
    static bool isKnown(const QString& name);
    static QString defaultName() { return QStringLiteral("汉族"); }
};

} // namespace youfu::core
