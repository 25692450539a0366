// RowBatch and BulkInsert (core/db): rows prepared in UTF-8 and written many per statement.
// Every row arrives with its values as QSqlQuery would have bound them (NULL, '', numbers,
// Chinese text), whatever the number of rows and of rows per statement; a refused row is named
// and the caller's transaction goes on.
#include "testdb.h"

#include "db/bulkinsert.h"
#include "db/rowbatch.h"

#include <QSqlQuery>
#include <QtTest>

using namespace youfu;
using namespace youfu::core;

namespace {

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

void createTable(test::TestDb& t)
{
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(u("CREATE TEMP TABLE bulk_test (id INTEGER PRIMARY KEY, code TEXT UNIQUE, "
                     "name TEXT, note TEXT NOT NULL, amount INTEGER)")));
}

// Row i: code "C<i>", a Chinese name, a note that is '' for even rows, amount i * 100 (NULL
// for every third row).
RowBatch batchOf(int rows, int duplicateAt = -1)
{
    RowBatch b(5);
    for (int i = 0; i < rows; ++i) {
        b.addInt(i + 1);
        b.addNullable(u("C%1").arg(i == duplicateAt ? 0 : i));
        b.addTextOrNull(i % 5 == 4 ? QString() : u("张建国%1号").arg(i));
        b.addText(i % 2 == 0 ? QString() : u("备注 · %1").arg(i));
        if (i % 3 == 2)
            b.addNull();
        else
            b.addInt(qint64(i) * 100);
        b.endRow(i);
    }
    return b;
}

} // namespace

class TestBulkInsert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesEveryRow_data();
    void writesEveryRow();
    void refusedRowIsNamed_data();
    void refusedRowIsNamed();
    void nullableKeepsNullAndEmptyApart();
};

void TestBulkInsert::writesEveryRow_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("perStatement");
    QTest::newRow("none") << 0 << 64;
    QTest::newRow("one") << 1 << 64;
    QTest::newRow("one short of a statement") << 63 << 64;
    QTest::newRow("exactly one statement") << 64 << 64;
    QTest::newRow("one statement and one row") << 65 << 64;
    QTest::newRow("many statements and a tail") << 300 << 64;
    QTest::newRow("one row per statement") << 17 << 1;
    QTest::newRow("odd statement size") << 100 << 7;
}

void TestBulkInsert::writesEveryRow()
{
    QFETCH(int, rows);
    QFETCH(int, perStatement);
    test::TestDb t;
    createTable(t);
    BulkInsert insert(t.db(), "INSERT INTO bulk_test (id, code, name, note, amount)", 5,
                      perStatement);
    QVERIFY2(insert.prepared().isOk(), qPrintable(insert.prepared().error()));
    const RowBatch batch = batchOf(rows);
    QCOMPARE(batch.rows(), rows);
    QVERIFY(insert.write(batch).isOk());
    QCOMPARE(insert.failedRow(), -1);
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(u("SELECT id, code, name, note, amount FROM bulk_test ORDER BY id")));
    int i = 0;
    for (; q.next(); ++i) {
        QCOMPARE(q.value(0).toInt(), i + 1);
        QCOMPARE(q.value(1).toString(), u("C%1").arg(i));
        if (i % 5 == 4)
            QVERIFY(q.value(2).isNull());
        else
            QCOMPARE(q.value(2).toString(), u("张建国%1号").arg(i));
        QVERIFY(!q.value(3).isNull());
        QCOMPARE(q.value(3).toString(), i % 2 == 0 ? QString() : u("备注 · %1").arg(i));
        if (i % 3 == 2)
            QVERIFY(q.value(4).isNull());
        else
            QCOMPARE(q.value(4).toLongLong(), qint64(i) * 100);
    }
    QCOMPARE(i, rows);
}

void TestBulkInsert::refusedRowIsNamed_data()
{
    QTest::addColumn<int>("duplicateAt");
    QTest::newRow("in the first statement") << 30;
    QTest::newRow("the last row of a statement") << 63;
    QTest::newRow("the first row of the second statement") << 64;
    QTest::newRow("in the tail") << 140;
}

void TestBulkInsert::refusedRowIsNamed()
{
    QFETCH(int, duplicateAt);
    test::TestDb t;
    createTable(t);
    QSqlQuery q(t->connection());
    QVERIFY(q.exec(u("BEGIN")));
    BulkInsert insert(t.db(), "INSERT INTO bulk_test (id, code, name, note, amount)", 5, 64);
    QVERIFY(insert.prepared().isOk());
    // Row `duplicateAt` repeats row 0's code: the UNIQUE constraint refuses it.
    const Status s = insert.write(batchOf(150, duplicateAt));
    QVERIFY(!s.isOk());
    QCOMPARE(insert.failedRow(), duplicateAt);
    QVERIFY2(s.error().contains(u("UNIQUE"), Qt::CaseInsensitive) ||
                 s.error().contains(u("already"), Qt::CaseInsensitive) ||
                 s.error().contains(u("已")),
             qPrintable(s.error()));
    // The rows before it are written, none after it; the transaction is still the caller's.
    QVERIFY(q.exec(u("SELECT count(*), max(id) FROM bulk_test")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), duplicateAt);
    QVERIFY(q.exec(u("ROLLBACK")));
    QVERIFY(q.exec(u("SELECT count(*) FROM bulk_test")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestBulkInsert::nullableKeepsNullAndEmptyApart()
{
    RowBatch b(4);
    b.addNullable(QString()); // NULL
    b.addNullable(u(""));     // ''
    b.addTextOrNull(u(""));   // NULL
    b.addText(QString());     // ''
    b.endRow(7);
    QCOMPARE(b.rows(), 1);
    QCOMPARE(b.owner(0), 7);
    QCOMPARE(int(b.value(0, 0).kind), int(RowBatch::Kind::Null));
    QCOMPARE(int(b.value(0, 1).kind), int(RowBatch::Kind::Text));
    QCOMPARE(b.value(0, 1).length, 0);
    QCOMPARE(int(b.value(0, 2).kind), int(RowBatch::Kind::Null));
    QCOMPARE(int(b.value(0, 3).kind), int(RowBatch::Kind::Text));
    RowBatch c(1);
    c.addText(u("龙溪镇𠀀")); // three-byte and four-byte UTF-8
    c.endRow();
    const RowBatch::Value& v = c.value(0, 0);
    QCOMPARE(QString::fromUtf8(c.textData(v), v.length), u("龙溪镇𠀀"));
}

QTEST_GUILESS_MAIN(TestBulkInsert)
#include "tst_bulkinsert.moc"
