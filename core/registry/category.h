#pragma once

#include <QString>

namespace youfu::core {

// One category of entitled persons (优抚类别), a row of the configurable categories table.
struct Category
{
    QString code;                 // stable: "disabled_serviceman", "rural_veteran_60", ...
    QString name;                 // 残疾军人
    bool needsDisability = false; // grade 1–10 and nature 因战/因公/因病
    bool needsSurvivor = false;   // relation to the serviceman and his name
    bool needsService = false;    // enlistment and discharge dates
    int minAge = 0;               // e.g. 60 for 农村籍退役士兵（60周岁以上）
    int sortOrder = 0;
    bool active = true;
};

} // namespace youfu::core
