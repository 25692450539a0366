#pragma once

#include "common/result.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace youfu::core {

enum class Role {
    Clerk = 0x01,        // 经办人
    SectionChief = 0x02, // 科长
    Inspector = 0x04,    // 纪检监督
    Director = 0x08,     // 局长
    Admin = 0x10,        // 系统管理员
    Auditor = 0x20,      // 审计员
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QList<Role> allRoles();
QString roleKey(Role role);                    // "section_chief": stored and typed on the command line
bool roleFromKey(const QString& key, Role* out);
QString roleTitle(Role role);                  // "科长", for the window and papers
QStringList roleKeys(Roles roles);
QString roleTitles(Roles roles);               // "经办人、科长"

// admin and auditor hold no other role; every user holds at least one.
Status validateRoles(Roles roles);

} // namespace youfu::core
