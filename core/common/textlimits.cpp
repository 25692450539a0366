#include "common/textlimits.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::TextRules)
};
} // namespace

bool TextRules::hasControlCharacters(const QString& text, bool multiLine)
{
    for (QChar ch : text) {
        const char16_t u = ch.unicode();
        if (multiLine && (u == u'\n' || u == u'\t' || u == u'\r'))
            continue;
        // C0, DEL and C1 controls; also the bidirectional overrides that make text lie about
        // its order.
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

QString TextRules::check(const QString& text, int maxLength, const QString& what, bool multiLine)
{
    if (text.size() > maxLength)
        return Tr::tr("%1 has at most %2 characters; this one has %3.")
            .arg(what)
            .arg(maxLength)
            .arg(text.size());
    if (hasControlCharacters(text, multiLine))
        return multiLine
                   ? Tr::tr("%1 may not contain control characters (only line breaks and "
                            "tabs).")
                         .arg(what)
                   : Tr::tr("%1 may not contain control characters or line breaks.").arg(what);
    return QString();
}

} // namespace youfu::core
