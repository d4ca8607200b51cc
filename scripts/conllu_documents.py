"""CoNLL-U text read into documents, as the evaluation scripts share it."""


def read(text):
    """Documents of sentences (a "# newdoc" comment opens a document); each sentence a list
    of its word rows (the ten columns), multiword-token and empty-node rows left out."""
    documents, sentence = [[]], []
    for line in text.splitlines() + [""]:
        if line.startswith("# newdoc") and documents[-1]:
            documents.append([])
        if not line.strip():
            if sentence:
                documents[-1].append(sentence)
            sentence = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sentence.append(cols)
    return [d for d in documents if d]


def mentions(sentence):
    """(first, last, kind, identity, entity) of each mention in GUM's Entity= annotations: its first and
    last word, its kind, its Wikipedia identity (or None) and the number of its entity."""
    found, open_ = [], []
    for k, cols in enumerate(sentence):
        value = next((part[7:] for part in cols[9].split("|") if part.startswith("Entity=")), None)
        if value is None:
            continue
        i = 0
        while i < len(value):
            if value[i] == "(":
                j = i + 1
                while j < len(value) and value[j] not in "()":
                    j += 1
                fields = value[i + 1:j].split("-")
                if len(fields) >= 2:
                    identity = "-".join(fields[7:]) if len(fields) > 7 else None
                    if j < len(value) and value[j] == ")":
                        found.append((k, k, fields[1], identity, fields[0]))
                        j += 1
                    else:
                        open_.append((fields[0], k, fields[1], identity))
                i = j
            else:
                j = i
                while j < len(value) and value[j] not in "()":
                    j += 1
                ident = value[i:j]
                for n in range(len(open_) - 1, -1, -1):
                    if open_[n][0] == ident:
                        entity, start, kind, identity = open_.pop(n)
                        found.append((start, k, kind, identity, entity))
                        break
                i = j + 1 if j < len(value) and value[j] == ")" else j
    return found
