// The content-addressed scan store and the check of scanned files.
#include "archive/scanformat.h"
#include "archive/scanstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace youfu::core;

namespace {

QByteArray pngBytes(QColor color = Qt::red)
{
    QImage img(40, 30, QImage::Format_RGB32);
    img.fill(color);
    QByteArray b;
    QBuffer buf(&b);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return b;
}

QByteArray jpgBytes()
{
    QImage img(40, 30, QImage::Format_RGB32);
    img.fill(Qt::blue);
    QByteArray b;
    QBuffer buf(&b);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPEG");
    return b;
}

QByteArray pdfBytes()
{
    QByteArray b;
    QBuffer buf(&b);
    buf.open(QIODevice::WriteOnly);
    {
        QPdfWriter w(&buf);
        QPainter p(&w);
        p.drawText(100, 100, QStringLiteral("scan"));
    }
    return b;
}

} // namespace

class TestScanStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanFormat_data();
    void scanFormat();
    void scanStoreRoundTripAndNeverOverwrites();
    void scanStoreDetectsAlteredAndMissing();
};

void TestScanStore::scanFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    const QByteArray png = pngBytes();
    const QByteArray jpg = jpgBytes();
    const QByteArray pdf = pdfBytes();
    QTest::newRow("png") << png << "a.png" << true;
    QTest::newRow("jpg") << jpg << "a.JPG" << true;
    QTest::newRow("jpeg") << jpg << "a.jpeg" << true;
    QTest::newRow("pdf") << pdf << "a.pdf" << true;
    QTest::newRow("png named jpg") << png << "a.jpg" << false;
    QTest::newRow("pdf named png") << pdf << "a.png" << false;
    QTest::newRow("text named pdf") << QByteArray("hello world") << "a.pdf" << false;
    QTest::newRow("truncated png") << png.left(png.size() / 2) << "a.png" << false;
    QTest::newRow("truncated jpg") << jpg.left(jpg.size() / 2) << "a.jpg" << false;
    QTest::newRow("pdf without end") << pdf.left(pdf.size() - 200) << "a.pdf" << false;
    QByteArray corrupt = png;
    for (int i = 40; i < corrupt.size() - 20; ++i)
        corrupt[i] = char(0x55);
    QTest::newRow("png damaged inside") << corrupt << "a.png" << false;
    QTest::newRow("empty") << QByteArray() << "a.png" << false;
    QTest::newRow("word file") << QByteArray("PK\x03\x04rest") << "a.docx" << false;
}

void TestScanStore::scanFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const Status s = ScanFormat::check(bytes, name);
    QVERIFY2(s.isOk() == ok, qPrintable(s.error()));
    if (!ok)
        QVERIFY(!s.error().isEmpty());
}

void TestScanStore::scanStoreRoundTripAndNeverOverwrites()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath(QStringLiteral("scans")));
    const QByteArray png = pngBytes();
    Result<StoredScan> s = store.put(png, QStringLiteral("p.png"));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s->sha256, ScanStore::sha256Of(png));
    const QString path = store.pathOf(s->sha256, s->extension);
    QVERIFY(
        path.endsWith(s->sha256.left(2) + QLatin1Char('/') + s->sha256 + QStringLiteral(".png")));
    QVERIFY(QFile::exists(path));
    QCOMPARE(*store.read(s->sha256, s->extension), png);
    // Putting the same content again does not write the file again.
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    Result<StoredScan> again = store.put(png, QStringLiteral("other-name.png"));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->sha256, s->sha256);
    // Refused content never reaches the store.
    QVERIFY(!store.put(png, QStringLiteral("p.jpg")));
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    // Export.
    const QString out = dir.filePath(QStringLiteral("export.png"));
    QVERIFY(store.exportTo(s->sha256, s->extension, out));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), png);
}

void TestScanStore::scanStoreDetectsAlteredAndMissing()
{
    QTemporaryDir dir;
    ScanStore store(dir.filePath(QStringLiteral("scans")));
    Result<StoredScan> s = store.put(pdfBytes(), QStringLiteral("x.pdf"));
    QVERIFY(s);
    QCOMPARE(store.health(s->sha256, s->extension), ScanHealth::Intact);
    const QString path = store.pathOf(s->sha256, s->extension);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(20);
        f.write("X");
    }
    QCOMPARE(store.health(s->sha256, s->extension), ScanHealth::Altered);
    Result<QByteArray> r = store.read(s->sha256, s->extension);
    QVERIFY(!r);
    QVERIFY(r.error().contains(QStringLiteral("altered")));
    QVERIFY(!store.exportTo(s->sha256, s->extension, dir.filePath(QStringLiteral("e.pdf"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("e.pdf"))));
    QFile::remove(path);
    QCOMPARE(store.health(s->sha256, s->extension), ScanHealth::Missing);
    QVERIFY(store.read(s->sha256, s->extension).error().contains(QStringLiteral("missing")));
}

QTEST_MAIN(TestScanStore)
#include "tst_scanstore.moc"
