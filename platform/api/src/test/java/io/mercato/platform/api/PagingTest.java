package io.mercato.platform.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void aCursorGivesBackItsParts() {
        String cursor = Cursor.of("SKU-1", 42L);
        assertArrayEquals(new String[] {"SKU-1", "42"}, Cursor.parts(cursor, 2));
        assertEquals(42, Cursor.number(Cursor.parts(cursor, 2)[1]));
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe: " + cursor);
    }

    @Test
    void aForeignCursorIsA400OnAfter() {
        for (String bad : List.of("!!!", Cursor.of("one"), "Zm9v")) {
            ValidationException refused = assertThrows(ValidationException.class, () -> Cursor.number(Cursor.parts(bad, 2)[1]));
            assertEquals("after", refused.errors().get(0).field());
        }
        assertEquals("after", assertThrows(ValidationException.class, () -> Cursor.number("x")).errors().get(0).field());
    }

    @Test
    void aPageKnowsWhetherMoreFollowsAndCapsItsCount() {
        PageRequest request = new PageRequest(0, 2);
        Page<Integer> first = Page.of(List.of(1, 2, 3), request, 10_001, i -> Cursor.of(i));
        assertEquals(List.of(1, 2), first.items());
        assertEquals(Cursor.of(2), first.next());
        assertTrue(first.totalCapped());
        assertEquals(PageRequest.COUNT_LIMIT, first.total());
        Page<Integer> last = Page.of(List.of(5), request, 5, i -> Cursor.of(i));
        assertNull(last.next());
        assertFalse(last.totalCapped());
        assertEquals(List.of("5"), last.map(String::valueOf).items());
    }

    @Test
    void numberedPagesStopAtTheOffsetLimitButCursorsDoNot() {
        assertEquals("page", assertThrows(ValidationException.class, () -> new PageRequest(501, 20)).errors().get(0).field());
        assertEquals(0, new PageRequest(501, 20, Cursor.of(1)).offset());
        assertEquals(9_980, new PageRequest(499, 20).offset());
        assertEquals("size", assertThrows(ValidationException.class, () -> new PageRequest(0, 201)).errors().get(0).field());
    }

    @Test
    void searchTextIsLiteralInLikePatterns() {
        assertEquals("%50\\%\\_off\\\\%", TextSearch.contains(" 50%_off\\ "));
        assertNull(TextSearch.contains("  "));
        assertEquals("q", assertThrows(ValidationException.class, () -> TextSearch.contains("x".repeat(101))).errors().get(0).field());
    }
}
