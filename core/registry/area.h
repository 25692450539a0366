#pragma once

#include <QString>

namespace youfu::core {

// A township-level unit (乡镇/街道) with its 9-digit statistical code.
struct Township
{
    QString code;       // 430581001
    QString name;       // 辕门口街道
    QString kind;       // "street", "town", "township"
    QString countyCode; // 430581
    int sortOrder = 0;
};

// A village (村) or community (社区) with its 12-digit statistical code.
struct Village
{
    QString code; // 430581001001
    QString townshipCode;
    QString name; // 东塔社区
    QString kind; // "village", "community"
    int sortOrder = 0;
};

} // namespace youfu::core
