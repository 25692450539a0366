// The ISO date text every store writes (common/isotime.h): the same text QDate::toString writes,
// digit by digit.
#include "common/isotime.h"

#include <QtTest>

using namespace youfu::core;

class TestIsoTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoDate_data();
    void isoDate();
    void everyDayOfACentury();
};

void TestIsoTime::isoDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");
    QTest::newRow("a birth date") << QDate(1952, 3, 1) << QStringLiteral("1952-03-01");
    QTest::newRow("the last day of a year") << QDate(2026, 12, 31) << QStringLiteral("2026-12-31");
    QTest::newRow("a leap day") << QDate(2000, 2, 29) << QStringLiteral("2000-02-29");
    QTest::newRow("a two-digit year") << QDate(99, 1, 5) << QStringLiteral("0099-01-05");
    QTest::newRow("the last four-digit year")
        << QDate(9999, 12, 31) << QStringLiteral("9999-12-31");
    QTest::newRow("no date") << QDate() << QString();
    QTest::newRow("a five-digit year, as QDate writes it")
        << QDate(10000, 1, 1) << QDate(10000, 1, 1).toString(Qt::ISODate);
}

void TestIsoTime::isoDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, text);
    QCOMPARE(toIsoDate(date), text);
    QCOMPARE(toIsoDate(date).isNull(), text.isNull());
    if (date.isValid() && date.year() >= 0 && date.year() <= 9999)
        QCOMPARE(fromIsoDate(toIsoDate(date)), date);
}

void TestIsoTime::everyDayOfACentury()
{
    for (QDate d(1920, 1, 1); d.year() < 2030; d = d.addDays(1))
        QCOMPARE(toIsoDate(d), d.toString(Qt::ISODate));
}

QTEST_GUILESS_MAIN(TestIsoTime)
#include "tst_isotime.moc"
