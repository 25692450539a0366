#include "common/qtgapstranslator.h"

#include <cstring>

namespace youfu::core {

namespace {

struct Gap
{
    const char* context;
    const char* source;
    const char* chinese;
};

const Gap kGaps[] = {
    {"QAbstractFileIconProvider", "Folder", "文件夹"},
    {"QAbstractFileIconProvider", "File Folder", "文件夹"},
    {"QAbstractFileIconProvider", "Drive", "驱动器"},
    {"QAbstractFileIconProvider", "File", "文件"},
    {"QAbstractFileIconProvider", "%1 File", "%1 文件"},
    {"QAbstractFileIconProvider", "Alias", "替身"},
    {"QAbstractFileIconProvider", "Shortcut", "快捷方式"},
    {"QAbstractFileIconProvider", "Unknown", "未知"},
};

} // namespace

QString QtGapsTranslator::translate(const char* context, const char* sourceText,
                                    const char* /*disambiguation*/, int /*n*/) const
{
    if (!context || !sourceText)
        return QString();
    for (const Gap& g : kGaps)
        if (std::strcmp(context, g.context) == 0 && std::strcmp(sourceText, g.source) == 0)
            return QString::fromUtf8(g.chinese);
    return QString();
}

} // namespace youfu::core
