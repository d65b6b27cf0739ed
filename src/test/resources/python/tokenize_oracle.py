"""Token oracle: CPython 3.11's tokenize, with (row, col) turned into byte offsets.

Reads file paths, one a line, on stdin. For each file prints
  F <path>
then one line per token, "KIND START END" (byte offsets into the file's bytes), then
  E ok            when tokenize accepted the file with no ERRORTOKEN
  E error <why>   when it raised or produced an ERRORTOKEN
  E regex-limit <why>  when its only complaint is an identifier character its \w+ pattern misses
"""
import sys
import tokenize
import io


def offsets(data):
    starts = [0]
    for i, b in enumerate(data):
        if b == 0x0A:
            starts.append(i + 1)
    return starts


def main():
    out = sys.stdout
    for path in sys.stdin.read().splitlines():
        with open(path, 'rb') as f:
            data = f.read()
        out.write('F ' + path + '\n')
        try:
            enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        except Exception as e:  # noqa: BLE001 - any failure is reported, not raised
            out.write('E error detect_encoding: %s\n' % str(e).replace('\n', ' '))
            continue
        bom = 3 if data.startswith(b'\xef\xbb\xbf') else 0
        codec = 'utf-8' if enc == 'utf-8-sig' else enc
        line_starts = offsets(data)
        cache = {}

        def to_offset(row, col):
            if row - 1 >= len(line_starts):
                return len(data)
            base = line_starts[row - 1]
            if row == 1:
                base += bom
            if col == 0:
                return base
            key = row
            if key not in cache:
                end = line_starts[row] if row < len(line_starts) else len(data)
                cache[key] = data[base:end].decode(codec)
            text = cache[key]
            return base + len(text[:col].encode(codec))

        lines = []
        status = 'ok'
        try:
            for tok in tokenize.tokenize(io.BytesIO(data).readline):
                if tok.type == tokenize.ENCODING:
                    continue
                if tok.type == tokenize.ERRORTOKEN and status == 'ok':
                    if ('a' + tok.string).isidentifier():
                        # tokenize.py's Name pattern is \w+, narrower than Python's identifiers
                        status = 'regex-limit identifier character %r at %s' % (tok.string, tok.start)
                    else:
                        status = 'error ERRORTOKEN %r at %s' % (tok.string, tok.start)
                s = to_offset(*tok.start)
                e = s if tok.string == '' else to_offset(*tok.end)
                lines.append('%s %d %d' % (tokenize.tok_name[tok.type], s, e))
        except Exception as e:  # noqa: BLE001
            status = 'error %s: %s' % (type(e).__name__, str(e).replace('\n', ' '))
        out.write('\n'.join(lines))
        if lines:
            out.write('\n')
        out.write('E ' + status + '\n')
    out.flush()


if __name__ == '__main__':
    main()
