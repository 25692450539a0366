#include "common/moneywords.h"

namespace youfu::core {

namespace {

const QChar kDigits[] = {u'零', u'壹', u'贰', u'叁', u'肆', u'伍', u'陆', u'柒', u'捌', u'玖'};

// 1…9999 with 仟佰拾: one 零 for each run of zeros between non-zero digits, none at the end.
QString block(quint64 n)
{
    static const QString units[] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"),
                                    QStringLiteral("仟")};
    QString out;
    bool pendingZero = false;
    for (int pos = 3; pos >= 0; --pos) {
        quint64 p = 1;
        for (int i = 0; i < pos; ++i)
            p *= 10;
        const int d = int((n / p) % 10);
        if (d == 0) {
            if (!out.isEmpty())
                pendingZero = true;
            continue;
        }
        if (pendingZero)
            out += kDigits[0];
        pendingZero = false;
        out += kDigits[d];
        out += units[pos];
    }
    return out;
}

// 1…99999999: a 万 section and the units below it.
QString belowYi(quint64 n)
{
    const quint64 wan = n / 10000;
    const quint64 rest = n % 10000;
    if (wan == 0)
        return block(rest);
    QString out = block(wan) + QStringLiteral("万");
    if (rest != 0)
        out += (rest < 1000 ? QStringLiteral("零") : QString()) + block(rest);
    return out;
}

// Any positive whole number of yuan: 亿 sections nest (壹万亿, 壹亿亿).
QString yuanWords(quint64 n)
{
    const quint64 yi = 100000000ULL;
    if (n < yi)
        return belowYi(n);
    QString out = yuanWords(n / yi) + QStringLiteral("亿");
    const quint64 rest = n % yi;
    if (rest != 0)
        out += (rest < 10000000ULL ? QStringLiteral("零") : QString()) + belowYi(rest);
    return out;
}

} // namespace

QString MoneyWords::capital(qint64 fen)
{
    if (fen == 0)
        return QStringLiteral("零元整");
    // The magnitude in unsigned arithmetic: -INT64_MIN does not fit a qint64.
    const quint64 magnitude = fen < 0 ? quint64(0) - quint64(fen) : quint64(fen);
    const quint64 yuan = magnitude / 100;
    const int jiao = int((magnitude / 10) % 10);
    const int cents = int(magnitude % 10);

    QString out = fen < 0 ? QStringLiteral("负") : QString();
    if (yuan > 0)
        out += yuanWords(yuan) + QStringLiteral("元");
    if (jiao > 0)
        out += kDigits[jiao] + QStringLiteral("角");
    else if (yuan > 0 && cents > 0)
        out += kDigits[0];
    if (cents > 0)
        out += kDigits[cents] + QStringLiteral("分");
    else
        out += QStringLiteral("整");
    return out;
}

} // namespace youfu::core
