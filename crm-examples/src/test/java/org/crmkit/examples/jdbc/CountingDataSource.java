package org.crmkit.examples.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * A data source that watches what the adapter does through JDBC: how many times {@code
 * ResultSet.next()} was called, the last fetch size set on a statement, and the last connection
 * handed out (whose physical connection a test may close, as if the network dropped it).
 */
final class CountingDataSource {
  final AtomicInteger nextCalls = new AtomicInteger();
  final AtomicInteger lastFetchSize = new AtomicInteger(-1);
  final AtomicReference<Connection> lastPhysical = new AtomicReference<>();
  private final DataSource target;

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  DataSource dataSource() {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          if (method.getName().equals("getConnection")) {
            lastPhysical.set((Connection) result);
            return wrap(Connection.class, result);
          }
          return result;
        });
  }

  private Object wrap(Class<?> type, Object real) {
    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      Object result = invoke(real, method, args);
      String name = method.getName();
      if (name.equals("prepareStatement")) {
        return wrap(PreparedStatement.class, result);
      }
      if (name.equals("executeQuery")) {
        return wrap(ResultSet.class, result);
      }
      if (name.equals("setFetchSize")) {
        lastFetchSize.set((Integer) args[0]);
      }
      if (name.equals("next") && type == ResultSet.class) {
        nextCalls.incrementAndGet();
      }
      return result;
    });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
