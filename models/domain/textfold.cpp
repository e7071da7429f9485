#include "textfold.h"

namespace hubdesk {

QString TextFold::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(QLatin1Char(' '));
            space = false;
        }
        out.append(c);
    }
    // Qt folds one character to one; German ß folds to "ss" in full case folding.
    return out.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss"));
}

} // namespace hubdesk
