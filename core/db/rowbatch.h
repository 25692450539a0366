#pragma once

#include <QByteArray>
#include <QStringView>

#include <vector>

namespace youfu::core {

// Rows of values ready to be bound to a statement, in one buffer: the texts already in UTF-8
// (SQLite's own encoding), so that a bulk write can prepare its rows on a helper thread and the
// writing thread only binds pointers and steps. Rows are filled value by value, left to right,
// and closed with endRow(); each row may name its owner (e.g. the person of a category row) so
// that a failure can be told in the clerk's words.
class RowBatch
{
public:
    explicit RowBatch(int columns) : m_columns(columns) {}

    void addNull();
    void addInt(qint64 value);
    void addText(QStringView text); // an empty or null text is '' (never NULL)
    // A null QString is NULL, an empty one '' (as QSqlQuery binds them).
    void addNullable(const QString& text);
    void addTextOrNull(QStringView text); // an empty text is NULL
    void endRow(int owner = -1);

    int columns() const { return m_columns; }
    int rows() const { return int(m_owners.size()); }
    int owner(int row) const { return m_owners[size_t(row)]; }
    bool isEmpty() const { return m_owners.empty(); }

    enum class Kind : unsigned char
    {
        Null,
        Int,
        Text
    };
    struct Value
    {
        Kind kind = Kind::Null;
        qint64 number = 0; // the integer, or the text's offset in the buffer
        int length = 0;    // the text's length in bytes
    };
    const Value& value(int row, int column) const
    {
        return m_values[size_t(row) * size_t(m_columns) + size_t(column)];
    }
    const char* textData(const Value& v) const { return m_text.constData() + v.number; }

private:
    int m_columns;
    std::vector<Value> m_values;
    std::vector<int> m_owners;
    QByteArray m_text;
};

} // namespace youfu::core
