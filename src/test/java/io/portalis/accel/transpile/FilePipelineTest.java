package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.Token;
import io.portalis.accel.python.lexer.TokenKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePipelineTest {
    @TempDir
    Path tmp;

    private SourceFile file(String rel, byte[] bytes) throws IOException {
        Path p = tmp.resolve("src").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return new SourceFile(p, rel, bytes.length);
    }

    private FilePipeline pipeline() {
        return new FilePipeline(new OutputTree(tmp.resolve("out")));
    }

    @Test
    void aGoodFileIsTranslatedAndWrittenAtTheMirroredPath() throws IOException {
        byte[] src = "def f(x: int) -> int:\n    return x + 1\n\n\nprint(f(41))\n".getBytes(StandardCharsets.UTF_8);
        FileOutcome o = pipeline().process(file("pkg/m.py", src));
        assertEquals(FileStatus.OK, o.status(), o.diagnostics().toString());
        assertEquals(src.length, o.bytesIn());
        assertEquals(List.of(Stage.READ, Stage.DECODE, Stage.LEX, Stage.PARSE, Stage.CHECK, Stage.TRANSLATE, Stage.WRITE), o.stages());
        assertTrue(o.diagnostics().isEmpty());
        assertEquals("pkg/m.rs", o.output());
        Path written = tmp.resolve("out/pkg/m.rs");
        assertEquals(Files.size(written), o.bytesOut());
        assertTrue(Files.readString(written).contains("fn main()"));
        try (var listing = Files.list(written.getParent())) {
            assertEquals(List.of("m.rs"), listing.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void anUnsupportedConstructFailsTheFileAndRemovesAStaleOutput() throws IOException {
        FilePipeline p = pipeline();
        SourceFile f = file("a.py", "x: int = 1\nprint(x)\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(FileStatus.OK, p.process(f).status());
        assertTrue(Files.exists(tmp.resolve("out/a.rs")));

        Files.writeString(f.path(), "async def f() -> None:\n    pass\n");
        FileOutcome o = p.process(f);
        assertEquals(FileStatus.FAILED, o.status());
        assertEquals(List.of(Stage.READ, Stage.DECODE, Stage.LEX, Stage.PARSE, Stage.CHECK, Stage.TRANSLATE), o.stages());
        FileDiagnostic d = o.diagnostics().get(0);
        assertEquals("E-UNSUPPORTED", d.code());
        assertTrue(d.message().startsWith("unsupported: "), d.message());
        assertNull(o.output());
        assertEquals(false, Files.exists(tmp.resolve("out/a.rs")), "a failed file leaves no output behind");
    }

    @Test
    void aNameCPythonWouldNotFindFailsTheFileAtTheCheckStageWithItsPosition() throws IOException {
        byte[] src = "from dataclasses import dataclass\n\n\n@dataclass\nclass P:\n    xs: List[int]\n\n\nprint(P([1]))\n"
                .getBytes(StandardCharsets.UTF_8);
        FileOutcome o = pipeline().process(file("names.py", src));
        assertEquals(FileStatus.FAILED, o.status());
        assertEquals(List.of(Stage.READ, Stage.DECODE, Stage.LEX, Stage.PARSE, Stage.CHECK), o.stages());
        assertEquals(1, o.diagnostics().size(), o.diagnostics().toString());
        FileDiagnostic d = o.diagnostics().get(0);
        assertEquals("E-NAME", d.code());
        assertEquals("name 'List' is not defined (NameError in CPython); it is in typing: add 'from typing import List'",
                d.message());
        assertEquals(6, d.line());
        assertEquals(9, d.column());
        assertNull(o.output());
    }

    @Test
    void aSyntaxErrorFailsTheFileAtTheParseStageWithItsPosition() throws IOException {
        byte[] src = "x = 1\nif x\n    pass\n".getBytes(StandardCharsets.UTF_8);
        FileOutcome o = pipeline().process(file("bad.py", src));
        assertEquals(FileStatus.FAILED, o.status());
        assertEquals(List.of(Stage.READ, Stage.DECODE, Stage.LEX, Stage.PARSE), o.stages());
        FileDiagnostic d = o.diagnostics().get(0);
        assertEquals("E-SYNTAX", d.code());
        assertEquals("expected ':'", d.message());
        assertEquals(2, d.line());
        assertEquals(5, d.column());
    }

    @Test
    void aNonUtf8FileFailsWithADiagnosticAtTheBadByte() throws IOException {
        byte[] src = "x = 1\ny = 'caf\u00e9'\nz = '".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[src.length + 3];
        System.arraycopy(src, 0, bad, 0, src.length);
        bad[src.length] = (byte) 0xE9; // latin-1 é
        bad[src.length + 1] = '\'';
        bad[src.length + 2] = '\n';
        FileOutcome o = pipeline().process(file("pkg/latin.py", bad));
        assertEquals(FileStatus.FAILED, o.status());
        FileDiagnostic d = o.diagnostics().get(0);
        assertEquals("E-ENCODING", d.code());
        assertEquals(3, d.line());
        assertEquals(6, d.column());
        assertTrue(d.message().contains("\\xe9"), d.message());
        assertTrue(d.rendered().startsWith("pkg/latin.py:3:6: error: "), d.rendered());
        assertEquals(List.of(Stage.READ, Stage.DECODE), o.stages());
    }

    @Test
    void aDeclaredLatin1FileIsReadAsPythonReadsIt() throws IOException {
        byte[] head = "# -*- coding: latin-1 -*-\ns = '".getBytes(StandardCharsets.US_ASCII);
        byte[] src = new byte[head.length + 3];
        System.arraycopy(head, 0, src, 0, head.length);
        src[head.length] = (byte) 0xE9;
        src[head.length + 1] = '\'';
        src[head.length + 2] = '\n';
        FileOutcome o = pipeline().process(file("latin1_declared.py", src));
        assertEquals(FileStatus.OK, o.status(), o.diagnostics().toString());
    }

    @Test
    void truncatedMultiByteSequenceAtEndOfFileFails() throws IOException {
        byte[] bad = {'a', '=', (byte) 0xC3};
        FileOutcome o = pipeline().process(file("t.py", bad));
        assertEquals(FileStatus.FAILED, o.status());
        assertEquals(1, o.diagnostics().get(0).line());
        assertEquals(3, o.diagnostics().get(0).column());
    }

    @Test
    void aLexErrorFailsTheFileWithTheLexersDiagnostic() throws IOException {
        FileOutcome o = pipeline().process(file("lexbad.py", "x = 'unterminated\ny = 2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(FileStatus.FAILED, o.status());
        assertEquals(List.of(Stage.READ, Stage.DECODE, Stage.LEX), o.stages());
        assertEquals(1, o.diagnostics().get(0).line());
        assertTrue(o.diagnostics().get(0).rendered().startsWith("lexbad.py:1:"), o.diagnostics().get(0).rendered());
    }

    @Test
    void anUnreadableFileFailsWithoutThrowing() {
        SourceFile gone = new SourceFile(tmp.resolve("nope.py"), "nope.py", 0);
        FileOutcome o = pipeline().process(gone);
        assertEquals(FileStatus.FAILED, o.status());
        assertEquals("E-READ", o.diagnostics().get(0).code());
        assertEquals(List.of(Stage.READ), o.stages());
    }

    @Test
    void aFileLexedElsewhereContinuesFromTheLexResult() throws IOException {
        byte[] src = "x = $\n".getBytes(StandardCharsets.UTF_8);
        FilePipeline p = pipeline();
        FilePipeline.Loaded loaded = p.load(file("gpu.py", src));
        FilePipeline.Loaded.Source s = (FilePipeline.Loaded.Source) loaded;
        LexResult lexed = new LexResult(s.bytes(), List.of(new Token(TokenKind.NAME, 0, 1), new Token(TokenKind.OP, 2, 3),
                new Token(TokenKind.ERRORTOKEN, 4, 5), new Token(TokenKind.ENDMARKER, 6, 6)),
                List.of(Diagnostic.error("E-TOKEN", "invalid character '$'", 4, 5)));
        FileOutcome o = p.processLexed(s, lexed, 1234);
        assertEquals(FileStatus.FAILED, o.status());
        assertEquals(List.of(Stage.READ, Stage.DECODE, Stage.LEX), o.stages());
        assertEquals(1234L, o.stageNanos().get(Stage.LEX));
        assertEquals("gpu.py:1:5: error: invalid character '$'", o.diagnostics().get(0).rendered().lines().findFirst().orElseThrow());

        LexResult clean = new LexResult(s.bytes(), List.of(new Token(TokenKind.ENDMARKER, 6, 6)), List.of());
        assertEquals(FileStatus.OK, p.processLexed(s, clean, 1).status());
    }
}
