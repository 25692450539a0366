#include "db/rowbatch.h"

#include <QStringEncoder>

namespace youfu::core {

void RowBatch::addNull()
{
    m_values.push_back(Value{});
}

void RowBatch::addInt(qint64 value)
{
    m_values.push_back(Value{Kind::Int, value, 0});
}

void RowBatch::addText(QStringView text)
{
    // UTF-8 needs at most three bytes for each UTF-16 unit.
    const qsizetype offset = m_text.size();
    m_text.resize(offset + text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    char* end = encoder.appendToBuffer(m_text.data() + offset, text);
    const qsizetype length = end - (m_text.constData() + offset);
    m_text.resize(offset + length);
    m_values.push_back(Value{Kind::Text, qint64(offset), int(length)});
}

void RowBatch::addNullable(const QString& text)
{
    if (text.isNull())
        addNull();
    else
        addText(text);
}

void RowBatch::addTextOrNull(QStringView text)
{
    if (text.isEmpty())
        addNull();
    else
        addText(text);
}

void RowBatch::endRow(int owner)
{
    Q_ASSERT(m_values.size() == (m_owners.size() + 1) * size_t(m_columns));
    m_owners.push_back(owner);
}

} // namespace youfu::core
