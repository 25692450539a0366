#pragma once

#include <QFile>
#include <QIODevice>
#include <QString>

namespace youfu::core {

// A zip file read with the system minizip (the library libxlsxwriter itself uses), through a
// QFile so that any path the clerk picks opens on every platform. One entry is read at a time,
// streamed: entry() is a sequential QIODevice over the uncompressed bytes of the current entry.
//
// Not QuaZip: QuaZip exports its own copy of minizip's zipOpen/zipClose… under the same names,
// and libxlsxwriter (which calls them from libminizip) then runs QuaZip's instead and crashes,
// so the two cannot be in one program.
class ZipArchive
{
public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    // False when the file is not a readable zip (no central directory: damaged or truncated).
    bool open(const QString& path);
    bool contains(const QString& name) const;
    // Opens the entry `name` (case-insensitive) for reading through entry(); closes the last one.
    bool openEntry(const QString& name);
    QIODevice* entry() { return &m_entry; }
    // The current entry's uncompressed size and how much of it has been read.
    qint64 entrySize() const { return m_entry.m_size; }
    qint64 entryRead() const { return m_entry.m_read; }
    // True when reading the current entry failed (bad data, or a CRC mismatch at its end).
    bool entryFailed() const { return m_entry.m_failed; }

private:
    class Entry : public QIODevice
    {
    public:
        bool isSequential() const override { return true; }
        void close() override;
        void* m_zip = nullptr;
        qint64 m_size = 0;
        qint64 m_read = 0;
        bool m_failed = false;
        bool m_open = false;

    protected:
        qint64 readData(char* data, qint64 maxSize) override;
        qint64 writeData(const char*, qint64) override { return -1; }
    };

    QFile m_file;
    void* m_zip = nullptr;
    Entry m_entry;
};

} // namespace youfu::core
