#pragma once

#include <QTranslator>

namespace youfu::core {

// Chinese for the few words of Qt's own dialogs that the qtbase_zh_CN catalog shipped with Qt 6
// lacks (the file dialog's type column says "Folder" from a context the catalog does not
// have). Installed before qtbase_zh_CN, so the catalog wins wherever it has a word.
class QtGapsTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace youfu::core
