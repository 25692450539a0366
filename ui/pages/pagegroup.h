#pragma once

#include <QList>
#include <QString>

namespace youfu::ui {

// The headings of the navigation, in the order they are shown. A page names its group; a
// group without a page the user may see is not shown.
enum class PageGroup
{
    Daily,     // 日常
    Business,  // 业务
    Stability, // 维稳
    Funds,     // 资金
    Townships, // 乡镇与关爱: the townships' work and the care registers
    Appraisal, // 考核
    System     // 系统
};

QList<PageGroup> allPageGroups();
QString pageGroupTitle(PageGroup group);

} // namespace youfu::ui
