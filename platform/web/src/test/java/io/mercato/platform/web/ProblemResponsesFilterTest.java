package io.mercato.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import javax.servlet.FilterChain;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class ProblemResponsesFilterTest {
    private final ProblemResponsesFilter filter = new ProblemResponsesFilter(new DepartmentStates());

    @Test
    void anErrorStatusWithoutABodyBecomesAProblem() throws Exception {
        FakeResponse response = new FakeResponse();
        filter.doFilter(request(), response.proxy(), (req, res) -> ((HttpServletResponse) res).setStatus(404));
        assertEquals(404, response.status);
        assertEquals(Problem.MEDIA_TYPE, response.contentType);
        assertTrue(response.body().contains("\"status\":404"), response.body());
    }

    @Test
    void anErrorStatusFlushedWithoutABodyIsNotCommittedBeforeTheProblemIsWritten() throws Exception {
        FakeResponse response = new FakeResponse();
        filter.doFilter(request(), response.proxy(), (req, res) -> {
            ((HttpServletResponse) res).setStatus(404);
            res.flushBuffer();
        });
        assertEquals(Problem.MEDIA_TYPE, response.contentType);
    }

    @Test
    void anHtmlErrorBodyIsReplaced() throws Exception {
        FakeResponse response = new FakeResponse();
        filter.doFilter(request(), response.proxy(), (req, res) -> {
            res.setContentType("text/html");
            ((HttpServletResponse) res).setStatus(500);
            res.getWriter().write("<html>oops</html>");
        });
        assertEquals(500, response.status);
        assertEquals(Problem.MEDIA_TYPE, response.contentType);
        assertTrue(!response.body().contains("oops"), response.body());
    }

    @Test
    void successfulAndJsonErrorAnswersPassUntouched() throws Exception {
        FakeResponse ok = new FakeResponse();
        filter.doFilter(request(), ok.proxy(), writing(200, "application/json", "{\"a\":1}"));
        assertEquals("{\"a\":1}", ok.body());
        FakeResponse problem = new FakeResponse();
        filter.doFilter(request(), problem.proxy(), writing(409, Problem.MEDIA_TYPE, "{\"status\":409}"));
        assertEquals("{\"status\":409}", problem.body());
    }

    private static FilterChain writing(int status, String contentType, String body) {
        return (req, res) -> {
            ((HttpServletResponse) res).setStatus(status);
            res.setContentType(contentType);
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(ProblemResponsesFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/api/warehouse/warehouses";
                    case "getMethod" -> "GET";
                    default -> null;
                });
    }

    /** The parts of a servlet response the filter uses, committed on flush like a real one. */
    private static final class FakeResponse {
        int status = 200;
        String contentType;
        boolean committed;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        String body() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        HttpServletResponse proxy() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "getStatus" -> {
                                return status;
                            }
                            case "setContentType" -> contentType = (String) args[0];
                            case "getContentType" -> {
                                return contentType;
                            }
                            case "isCommitted" -> {
                                return committed;
                            }
                            case "flushBuffer" -> committed = true;
                            case "resetBuffer" -> {
                                if (committed) {
                                    throw new IllegalStateException("committed");
                                }
                                bytes.reset();
                            }
                            case "getOutputStream" -> {
                                return stream;
                            }
                            case "getWriter" -> {
                                return new java.io.PrintWriter(stream, true);
                            }
                            default -> {
                            }
                        }
                        return method.getReturnType() == boolean.class ? false : method.getReturnType() == int.class ? 0 : null;
                    });
        }
    }
}
