#pragma once

#include <QList>

namespace youfu::core {

// An audit action key and its title (English source, translated in context
// "youfu::core::AuditWording").
struct AuditActionTitle
{
    const char* key;
    const char* title;
};

// Every action key the stores write, in the order the audit page's filter lists them.
QList<AuditActionTitle> auditActionTitles();

} // namespace youfu::core
